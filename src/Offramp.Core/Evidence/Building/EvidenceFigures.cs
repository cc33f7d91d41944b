using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Evaluation.Reports.Methods;
using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Building;

/// <summary>
/// The figures a bundle is composed from, computed from an evaluation dataset alone (no database): the cohorts of a
/// period, each outcome metric over them, and the other periods whose counts disclosure control must protect.
/// </summary>
public static class EvidenceFigures
{
    /// <summary>Everyone who entered by the end of the period, and those who entered within it.</summary>
    public static (Cohort Everyone, Cohort Period) Cohorts(EvaluationDataset data, EvidencePeriod period)
    {
        var through = new DateOnly(period.Through, 12, 31);
        var everyone = Cohort.Select(data, new CohortFilter { EntryTo = through });
        var periodCohort = Cohort.Select(data, new CohortFilter { EntryFrom = period.Year is { } y ? new DateOnly(y, 1, 1) : null, EntryTo = through });
        return (everyone, periodCohort);
    }

    public static EvidenceMetricInput Outcome(Cohort everyone, Cohort period, MetricDefinition metric)
    {
        var periodMembers = MetricObservations.Compute(period, metric);
        return new EvidenceMetricInput(metric, MetricObservations.Compute(everyone, metric), periodMembers, HazardRatioOf(period, periodMembers, metric));
    }

    /// <summary>Each year, and everything up to each year (what a later cumulative bundle minus the latest years would leave), and every earlier release's period.</summary>
    public static List<EvidencePeriod> OtherPeriods(EvaluationDataset data, Cohort everyone, EvidencePeriod period, IEnumerable<EvidenceBundle> earlier)
    {
        var firstYear = everyone.Members.Length == 0 ? period.Through : everyone.Members.Min(s => DateOnly.FromDayNumber(data.EntryDay[s]).Year);
        return
        [
            .. Enumerable.Range(firstYear, Math.Max(0, period.Through - firstYear + 1))
                .SelectMany(year => new[] { new EvidencePeriod(EvidencePeriod.CalendarYear, year, year), new EvidencePeriod(EvidencePeriod.Cumulative, null, year) }),
            .. earlier.Select(b => b.Period),
        ];
    }

    /// <summary>
    /// Only the adjusted hazard ratio of completers against early leavers leaves with a bundle: the rest of the
    /// evaluation report (weighting, competing risks) is not computed here.
    /// </summary>
    private static AdjustedHazardRatio? HazardRatioOf(Cohort cohort, MetricObservations obs, MetricDefinition metric)
    {
        if (metric.Kind != MetricKind.NoAdverseOutcome || obs.Slots.Length == 0 || cohort.GroupLabels.Count != 2)
        {
            return null;
        }

        var data = ComparisonData.WithinProgram(cohort, obs);
        return data.InGroup.Any(g => g) && !data.InGroup.All(g => g) ? AdjustedHazardRatios.Compute(data, []) : null;
    }
}
