using Offramp.Core.Organisations;

namespace Offramp.Hosting.Demo;

/// <summary>
/// The demo's programs: one for each reference program of the seed documents (DOMAIN.md), named so it is recognisable,
/// and a diversion program for the alternative-to-prosecution kind. <see cref="Key"/> is what `offramp demo seed --program` takes.
/// </summary>
public sealed record DemoProgramModel(string Key, string Name, ProgramKind Kind, ProgramAims Aims, string TemplateKey, string Description);

public static class DemoProgramCatalogue
{
    public const string BackOnTrack = "back-on-track";
    public const string Entre = "entre";
    public const string HealthyIdentity = "hii";
    public const string SriLanka = "sri-lanka";
    public const string Iraq = "iraq";
    public const string Diversion = "diversion";

    public static readonly IReadOnlyList<DemoProgramModel> All =
    [
        new(BackOnTrack, "Back on Track mentoring (prison)", ProgramKind.Prison, ProgramAims.Disengagement | ProgramAims.Reintegration, "back-on-track",
            "Mentoring by trained mentors; agreements reviewed every three months; family involved where a positive resource."),
        new(Entre, "Entré one-to-one CBT (probation)", ProgramKind.Probation, ProgramAims.Disengagement | ProgramAims.Rehabilitation, "entre",
            "About 50 sessions, twice a week, 60-90 minutes; challenges violence, not views."),
        new(HealthyIdentity, "Healthy Identity Intervention (community)", ProgramKind.Community, ProgramAims.Disengagement | ProgramAims.Deradicalization, "healthy-identity-intervention",
            "Assessment-driven one-to-one work with one or two facilitators; the modules follow the assessment."),
        new(SriLanka, "Sri Lanka rehabilitation streams (residential)", ProgramKind.DetentionOrCamp, ProgramAims.Deradicalization | ProgramAims.Reintegration, "sri-lanka-rehabilitation",
            "Seven streams in a rehabilitation centre; repeated measures about twelve months apart against a comparison group."),
        new(Iraq, "Iraq Detainee Rehabilitation Program (detention)", ProgramKind.DetentionOrCamp, ProgramAims.Deradicalization | ProgramAims.Disengagement, "iraq-drp",
            "Psychological counselling and religious (Islamic) challenge for detainees, juveniles included; success measured as recidivism."),
        new(Diversion, "Diversion agreement", ProgramKind.AlternativeToProsecution, ProgramAims.Disengagement | ProgramAims.Rehabilitation, "healthy-identity-intervention",
            "Alternative to prosecution with an agreed program of work."),
    ];

    /// <summary>The keys `--program` accepts, for its help and its error message.</summary>
    public static string Keys => string.Join(", ", All.Select(p => p.Key));

    public static DemoProgramModel? Find(string key) => All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The model of a demo program, by its name (the demo's programs are created from this list).</summary>
    public static DemoProgramModel Of(OfframpProgram program) =>
        All.FirstOrDefault(p => p.Name == program.Name) ?? throw new InvalidOperationException($"'{program.Name}' is not a demo program.");

    /// <summary>Juveniles in the Iraq program: 800 of 23,000 + 800 detainees (the seed's figures), so 4 in every 119.</summary>
    public static bool IsJuvenile(DemoProgramModel program, int indexInProgram) => program.Key == Iraq && indexInProgram % 119 < 4;
}
