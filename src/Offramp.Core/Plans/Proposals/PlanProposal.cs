using System.Text.Json.Serialization;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;

namespace Offramp.Core.Plans.Proposals;

/// <summary>
/// The modules a new plan would take from the template, each with why: indicated by the agreed assessment (and by which
/// ratings), not indicated, not assessed, or offered to everyone. <see cref="Notices"/> says plainly what is missing,
/// e.g. that there is no agreed assessment, so nothing is proposed silently.
/// </summary>
public sealed record PlanProposal(Guid? TemplateId, string? TemplateName, bool AssessmentDriven, IReadOnlyList<ProposalBasis> Assessments,
    IReadOnlyList<ProposedModule> Modules, IReadOnlyList<Phrase> Notices);

/// <summary>The agreed assessment the proposal read for one instrument, or none (<see cref="AssessmentId"/> null).</summary>
public sealed record ProposalBasis(string Instrument, Guid? AssessmentId, DateOnly? AssessedOn, string? InstrumentVersion);

/// <param name="InPlan">For a participant with an active plan: the module is already in it.</param>
public sealed record ProposedModule(Guid TemplateModuleId, int Order, string Name, string? Description, int? ExpectedSessions, int? ExpectedMinutes,
    ModuleIndication Indication, string? Instrument, IReadOnlyList<IndicationFinding> Findings, bool InPlan)
{
    private readonly Phrase? shownName;

    /// <summary>
    /// <see cref="Name"/> as the reader reads it, in the template's translation where it gives one. For pages only: the
    /// API carries the English name, which is also what a plan stores.
    /// </summary>
    [JsonIgnore]
    public Phrase ShownName { get => shownName ?? Phrase.Verbatim(Name); init => shownName = value; }

    /// <summary>Taken into a plan without the practitioner's say: indicated, or offered to everyone.</summary>
    public bool Proposed => Indication is ModuleIndication.Indicated or ModuleIndication.Offered;

    /// <summary>The findings that led to it (indicated) or that were checked (not indicated), as one sentence.</summary>
    public string Because => Findings.Count == 0 ? "" : string.Join("; ", Findings.Where(f => f.Met == (Indication == ModuleIndication.Indicated)).Select(f => f.Sentence));
}

public enum ModuleIndication
{
    /// <summary>The agreed assessment meets one of the module's conditions.</summary>
    Indicated,

    /// <summary>The agreed assessment meets none of them; the practitioner may still add it, with a reason.</summary>
    NotIndicated,

    /// <summary>There is no agreed assessment on the module's instrument, so the rule could not be applied.</summary>
    NotAssessed,

    /// <summary>The template sets no rule for the module: it is offered to every participant.</summary>
    Offered,
}

/// <summary>One agreed rating a condition looked at, and whether it meets the condition's threshold.</summary>
public sealed record IndicationFinding(string DomainKey, string DomainName, string ItemKey, string ItemText, ItemDirection Direction,
    string Level, string LevelLabel, ThresholdKind ThresholdKind, string ThresholdLevel, string ThresholdLabel, bool Met)
{
    public string Sentence => $"{DomainName}, {ItemKey} \u201c{ItemText}\u201d rated {LevelLabel} " +
        (ThresholdKind == ThresholdKind.AtLeast ? $"(indicated at {ThresholdLabel} or above)" : $"(indicated at {ThresholdLabel} or below)");
}

public enum ThresholdKind
{
    AtLeast,
    AtMost,
}
