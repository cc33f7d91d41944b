using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Evidence.Bundles;
using Offramp.Statistics.Disclosure;

namespace Offramp.Core.Evidence.Building;

/// <summary>Everything a bundle is composed from, already loaded: pure data, so composing needs no database.</summary>
/// <param name="Data">The program's evaluation dataset (consenting participants only).</param>
/// <param name="Members">Slots of everyone who entered by the end of the last year any period covers.</param>
/// <param name="Period">The period proposed.</param>
/// <param name="OtherPeriods">Every other period whose counts must stay protected: each year, every cumulative period released before.</param>
/// <param name="Earlier">Bundles of this program released before (superseded ones too: they stay public).</param>
/// <param name="Metrics">Each metric with its figures over the period's cohort.</param>
/// <param name="Dimensions">What counts and rates are broken down by: the fixed dimensions and any coded fields.</param>
/// <param name="CodedFields">The coded fields among <paramref name="Dimensions"/>, as the bundle declares them (labels and codes).</param>
public sealed record EvidenceComposition(
    EvaluationDataset Data,
    int[] Members,
    EvidencePeriod Period,
    IReadOnlyList<EvidencePeriod> OtherPeriods,
    IReadOnlyList<EvidenceBundle> Earlier,
    IReadOnlyList<EvidenceMetricInput> Metrics,
    EvidenceProgramProfile Profile,
    string Publisher,
    Guid BundleId,
    Guid? Supersedes,
    DateOnly Today,
    DisclosureRules Rules,
    EvidenceDimensions Dimensions,
    IReadOnlyList<EvidenceCodedField> CodedFields);

/// <summary>
/// A metric: its statuses over all members and over the period's cohort, and the adjusted hazard ratio of completers
/// against early leavers (outcome metrics); or its change report over the period's cohort (assessment metrics).
/// </summary>
public sealed record EvidenceMetricInput(
    MetricDefinition Definition,
    MetricObservations? AllMembers,
    MetricObservations? PeriodMembers,
    Evaluation.Reports.Methods.AdjustedHazardRatio? HazardRatio,
    MetricResult? AssessmentReport = null);
