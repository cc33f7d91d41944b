namespace Offramp.Core.Stages;

/// <summary>
/// Which moves the path allows. Closure is possible from any open stage (the director closes with a reason);
/// a withdrawn participant may come back through a new consent.
/// </summary>
public static class StageRules
{
    private static readonly Dictionary<Stage, Stage[]> Allowed = new()
    {
        [Stage.Referred] = [Stage.Screening, Stage.Declined, Stage.Transferred],
        [Stage.Screening] = [Stage.Consented, Stage.Declined, Stage.Transferred],
        [Stage.Consented] = [Stage.Assessment, Stage.Withdrawn, Stage.Transferred],
        [Stage.Assessment] = [Stage.Intervention, Stage.Withdrawn, Stage.Transferred],
        [Stage.Intervention] = [Stage.Transition, Stage.Aftercare, Stage.FollowUp, Stage.Withdrawn, Stage.Transferred],
        [Stage.Transition] = [Stage.Aftercare, Stage.Withdrawn, Stage.Transferred],
        [Stage.Aftercare] = [Stage.FollowUp, Stage.Withdrawn, Stage.Transferred],
        [Stage.FollowUp] = [Stage.Withdrawn, Stage.Transferred],
        [Stage.Declined] = [],
        [Stage.Withdrawn] = [Stage.Consented],
        [Stage.Transferred] = [],
        [Stage.Closed] = [],
    };

    public static bool CanMove(Stage from, Stage to) =>
        (to == Stage.Closed && from != Stage.Closed) || Allowed[from].Contains(to);

    public static IReadOnlyList<Stage> NextStages(Stage from) =>
        from == Stage.Closed ? [] : [.. Allowed[from], Stage.Closed];

    /// <summary>Stages in which a participant is still in the program and new case data may be recorded.</summary>
    public static bool IsOpen(Stage stage) => stage is not (Stage.Closed or Stage.Declined or Stage.Transferred);
}
