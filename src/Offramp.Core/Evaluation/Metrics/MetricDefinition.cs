using Offramp.Core.Common;
using Offramp.Core.Outcomes;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>
/// What "success" means for a program, written down by the program before the figures are seen: built from the outcome
/// taxonomy (adverse or positive outcome types), a horizon counted from release (time at risk on the justice timeline) or
/// from entry, or from assessments (baseline against the review at the horizon). Never edited: a changed definition is a
/// new metric, so a published figure can always be traced to the definition it used.
/// </summary>
public sealed class MetricDefinition : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    /// <summary>The name as defined (the source language): unique in the program, and what published evidence carries.</summary>
    public required string Name { get; set; }

    /// <summary>
    /// The name in the app's other languages, a JSON object ({"fr": "…", "ar": "…"}). Not part of the definition: a
    /// translation changes no figure, so it may be added or corrected after the metric is defined.
    /// </summary>
    public string NameTranslations { get; set; } = "{}";

    public MetricKind Kind { get; set; }

    /// <summary>Outcome types that count, comma-separated enum names (empty for assessment metrics).</summary>
    public string OutcomeTypes { get; set; } = "";

    public MetricAnchor Anchor { get; set; }

    public int HorizonMonths { get; set; }

    /// <summary>For <see cref="MetricKind.AssessmentChange"/>: the instrument, by name (every published version counts).</summary>
    public string? InstrumentName { get; set; }

    /// <summary>For <see cref="MetricKind.AssessmentChange"/>: which items and which way counts as improvement.</summary>
    public AssessmentFocus? Focus { get; set; }

    /// <summary>
    /// For <see cref="MetricKind.Composite"/>: the component metrics of the same program, comma-separated ids in the
    /// order they were given (empty otherwise). A column, not a child table: a definition is never edited, so the
    /// components are read with it and never joined or changed on their own.
    /// </summary>
    public string ComponentMetricIds { get; set; } = "";

    public DateTimeOffset DefinedAt { get; set; }

    public Guid? DefinedByUserId { get; set; }

    public IReadOnlyList<OutcomeType> Types =>
        [.. OutcomeTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<OutcomeType>)];

    public IReadOnlyDictionary<string, string> Translations => MetricNames.Read(NameTranslations);

    public IReadOnlyList<Guid> Components =>
        [.. ComponentMetricIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Guid.Parse)];
}

public enum MetricKind
{
    /// <summary>Success = none of the outcome types within the horizon (e.g. no terrorist or violent reconviction within 24 months of release). Analysed as survival.</summary>
    NoAdverseOutcome,

    /// <summary>Success = one of the outcome types recorded by the horizon (e.g. employed at 12 months).</summary>
    PositiveOutcome,

    /// <summary>Success = the assessment at the horizon improved on the baseline (e.g. protective factors rose between baseline and 12-month review).</summary>
    AssessmentChange,

    /// <summary>
    /// Success = every one of 2–5 other metrics of the program succeeds (e.g. no reconviction within 24 months, protective
    /// factors rose and employed at 12 months), among participants for whom every component can be determined.
    /// </summary>
    Composite,
}

/// <summary>
/// Time zero: where follow-up starts. Each program kind has a default (<see cref="MetricAnchors.DefaultFor"/>); a
/// participant without that event on the justice timeline is not yet at risk.
/// </summary>
public enum MetricAnchor
{
    /// <summary>The latest actual release from custody.</summary>
    Release,

    /// <summary>Entry to the program: the earliest referral.</summary>
    ProgramEntry,

    /// <summary>The latest start of a licence or probation order.</summary>
    LicenceStart,

    /// <summary>The earliest alternative-to-prosecution agreement.</summary>
    AgreementDate,

    /// <summary>The earliest return from a conflict zone.</summary>
    ReturnDate,
}

/// <summary>For assessment metrics: protective items rising, or risk items falling.</summary>
public enum AssessmentFocus
{
    ProtectiveRose,
    RiskFell,
}
