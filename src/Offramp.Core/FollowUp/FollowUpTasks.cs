namespace Offramp.Core.FollowUp;

/// <summary>How follow-ups appear on the worklist: one case-team task per pending follow-up, found again by its source.</summary>
public static class FollowUpTasks
{
    public const string SourceType = "follow-up";

    public static string Title(int monthsAfter, FollowUpAnchor anchor) =>
        $"Follow-up {monthsAfter} months after {(anchor == FollowUpAnchor.ProgramCompletion ? "completion" : "release")}";
}
