namespace Offramp.Core.Evidence.Bundles;

/// <summary>
/// What leaves a program for the evidence hub: aggregates of one reporting period, every count passed through
/// disclosure control, no date finer than a month and no free text except the reviewed profile summary. Its JSON form
/// (camelCase, canonical) is what is signed; <c>schemas/evidence-bundle-1.schema.json</c> describes it.
/// </summary>
public sealed record EvidenceBundle
{
    public const string SchemaId = "offramp-evidence-bundle/1";

    public string Schema { get; init; } = SchemaId;

    public required Guid BundleId { get; init; }

    /// <summary>The earlier release of the same program and period that this one corrects, if any.</summary>
    public Guid? Supersedes { get; init; }

    public required string Publisher { get; init; }

    public required EvidenceProgramProfile Program { get; init; }

    public required EvidencePeriod Period { get; init; }

    /// <summary>Year and month the figures were computed ("2026-12"): no finer date leaves the program.</summary>
    public required string ProducedMonth { get; init; }

    public required EvidenceDisclosure Disclosure { get; init; }

    public required EvidenceCount Participants { get; init; }

    public required IReadOnlyList<EvidenceBreakdownCount> Breakdowns { get; init; }

    public required IReadOnlyList<EvidenceMetric> Metrics { get; init; }

    /// <summary>
    /// The coded-profile fields the breakdowns also use ("coded.{field}"), with their labels and codes, so a hub can name
    /// them and line up programs that code with the same codebook. Absent when the bundle is not broken down by code, so
    /// such a bundle reads exactly as before coded breakdowns existed.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EvidenceCodedField>? CodedFields { get; init; }
}

/// <summary>A coded field a bundle breaks down by: its dimension name in the breakdowns, the codebook it comes from, and its options.</summary>
public sealed record EvidenceCodedField(string Dimension, string Codebook, string CodebookVersion, string Field, string Label, IReadOnlyList<EvidenceCodedOption> Options);

/// <summary>One option of a coded field, as the codebook words it.</summary>
public sealed record EvidenceCodedOption(string Code, string Label);

/// <summary>The program as the hub filters and compares it; <see cref="Summary"/> is the only prose and is reviewed before release.</summary>
public sealed record EvidenceProgramProfile(
    Guid ProgramId,
    string Name,
    string Kind,
    IReadOnlyList<string> Aims,
    string? Country,
    string? Region,
    string? Setting,
    IReadOnlyList<string> Movements,
    string? Template,
    string EvaluationDesign,
    string? Summary);

/// <summary>The rules the figures passed: counts under <see cref="Threshold"/> withheld, the rest rounded to <see cref="RoundingBase"/>.</summary>
public sealed record EvidenceDisclosure(int Threshold, int RoundingBase, int PrimarySuppressions, int SecondarySuppressions);

/// <summary>A published count: rounded, or null and suppressed.</summary>
public sealed record EvidenceCount(int? Value, bool Suppressed)
{
    public static EvidenceCount Withheld { get; } = new(null, true);

    public static EvidenceCount Of(int value) => new(value, false);
}

/// <summary>Participants in one category of a breakdown (gender, age band, completion).</summary>
public sealed record EvidenceBreakdownCount(string Dimension, string Category, EvidenceCount Participants);

/// <summary>
/// One success metric over the period's cohort: how many were followed to the horizon (<see cref="Included"/>), how many
/// met the definition of success, and the proportion with its 95% Wilson interval where disclosure control allows it.
/// </summary>
public sealed record EvidenceMetric(
    string Key,
    string Name,
    string Kind,
    string Anchor,
    int HorizonMonths,
    IReadOnlyList<string> OutcomeTypes,
    EvidenceRate Overall,
    IReadOnlyList<EvidenceGroupRate> Breakdowns,
    EvidenceComparison? Comparison,
    IReadOnlyList<EvidenceSurvivalPoint> Survival,
    EvidenceChange? Change);

public sealed record EvidenceRate(EvidenceCount Included, EvidenceCount Successes, EvidenceEstimate? Estimate);

public sealed record EvidenceGroupRate(string Dimension, string Category, EvidenceRate Rate);

/// <summary>An estimate with its interval; absent (null) when its counts were withheld.</summary>
public sealed record EvidenceEstimate(double Value, double Lower, double Upper);

/// <summary>Completers against early leavers: risk difference of success, and the adjusted hazard ratio of the adverse outcome where estimable.</summary>
public sealed record EvidenceComparison(string Group, string Reference, EvidenceEstimate? RiskDifference, EvidenceEstimate? HazardRatio);

/// <summary>Kaplan–Meier survival at a month with the (rounded) number still at risk; the curve stops before fewer than the threshold remain.</summary>
public sealed record EvidenceSurvivalPoint(int Month, int AtRisk, double Survival, double? Lower, double? Upper);

/// <summary>Pre/post change on an assessment: pairs, mean scores and the mean difference with its interval, Cohen's d_z.</summary>
public sealed record EvidenceChange(EvidenceCount Pairs, double? MeanBefore, double? MeanAfter, EvidenceEstimate? MeanDifference, double? CohensDz);
