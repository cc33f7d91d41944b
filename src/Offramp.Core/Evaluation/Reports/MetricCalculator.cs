using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Participants;
using Offramp.Statistics.Contingency;
using Offramp.Statistics.Survival;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>The figures of one outcome metric over a cohort: pure computation on arrays, no database.</summary>
public static class MetricCalculator
{
    private static readonly string[] SuccessColumns = ["Success", "No success"];

    public static MetricResult Compute(Cohort cohort, MetricDefinition metric, ExternalComparison? external)
    {
        var view = MetricView.From(metric);
        var obs = MetricObservations.Compute(cohort, metric);
        var notApplicableReason = obs.NotApplicable == 0 ? null : MetricAnchors.NotAtRisk(metric.Anchor, obs.NotApplicable);
        var warnings = SmallSample(obs);
        var rate = RateEstimates.Of("", obs, _ => true);
        var byGender = ByGender(cohort, obs);

        // The completers/early leavers sample is sorted once and shared by their curves and the log-rank test.
        var grouped = metric.Kind == MetricKind.NoAdverseOutcome && external is null && cohort.GroupLabels.Count == 2 ? Grouped(cohort, obs) : null;
        var survival = metric.Kind == MetricKind.NoAdverseOutcome && obs.Slots.Length > 0 ? Survival(cohort, obs, metric, external, grouped) : null;
        var comparison = external is not null && metric.Kind == MetricKind.NoAdverseOutcome
            ? ExternalComparison.Compare(obs, metric, external, rate)
            : cohort.GroupLabels.Count == 2 ? WithinProgram(cohort, obs, grouped) : null;
        var methods = Methods.EvaluationMethodsCalculator.Compute(cohort, obs, metric, external);
        return new MetricResult(view, obs.Slots.Length, obs.NotApplicable, notApplicableReason, survival, rate, byGender, comparison, null, warnings, methods, ByCode(cohort, obs));
    }

    /// <summary>
    /// A metric without follow-up time of its own (a composite): the same rate, by gender, and completers against early
    /// leavers as a positive-outcome metric; no survival curve, so no log-rank test or methods built on one.
    /// </summary>
    public static MetricResult ComputeRates(Cohort cohort, MetricView view, SuccessObservations obs, Phrase? notApplicableReason)
    {
        var comparison = cohort.GroupLabels.Count == 2 ? WithinProgram(cohort, obs, null) : null;
        return new MetricResult(view, obs.Slots.Length, obs.NotApplicable, notApplicableReason, null, RateEstimates.Of("", obs, _ => true), ByGender(cohort, obs),
            comparison, null, SmallSample(obs), ByCode: ByCode(cohort, obs));
    }

    private static List<Phrase> SmallSample(SuccessObservations obs) =>
        obs.Slots.Length < Statistics.Common.SmallNumberWarning.MinimumSampleSize
            ? [Phrase.Of($"Only {obs.Slots.Length} participants are included: every figure for this metric is unreliable.")]
            : [];

    private static List<RateEstimate> ByGender(Cohort cohort, SuccessObservations obs)
    {
        // One pass tallies every gender: a count and a rate per gender walked a million members eight times per metric.
        var genders = cohort.Data.Genders;
        var values = Enum.GetValues<Gender>();
        var tallies = RateEstimates.Tally(obs, k => (int)genders[obs.Slots[k]], values.Max(g => (int)g) + 1);
        return [.. values.Where(g => tallies[(int)g].Members > 0).Select(g => tallies[(int)g].Estimate(ReportLabels.Of(g)))];
    }

    /// <summary>The rate per option of the cohort's breakdown field (options nobody here was coded with are left out).</summary>
    private static CodedBreakdown? ByCode(Cohort cohort, SuccessObservations obs)
    {
        if (cohort.Stratum is not { Field: var field, Columns: var coded })
        {
            return null;
        }

        var rates = field.Options
            .Where(o => CountWhere(obs, k => coded.Has(field.Key, obs.Slots[k], o.Code)) > 0)
            .Select(o => RateEstimates.Of(o.Label, obs, k => coded.Has(field.Key, obs.Slots[k], o.Code)))
            .ToList();
        if (CountWhere(obs, k => !coded.IsCoded(field.Key, obs.Slots[k])) > 0)
        {
            rates.Add(RateEstimates.Of(ReportLabels.NotCoded, obs, k => !coded.IsCoded(field.Key, obs.Slots[k])));
        }

        return new CodedBreakdown(field.Key, field.Label, field.Choice == CodedProfiles.CodedChoice.AnyOptions, rates);
    }

    private static SurvivalSummary Survival(Cohort cohort, MetricObservations obs, MetricDefinition metric, ExternalComparison? external, SurvivalSample? grouped)
    {
        var curves = new List<SurvivalCurveView>
        {
            SurvivalSummaries.Curve(KaplanMeier.Fit(obs.Months, obs.Events), ReportLabels.All, metric.HorizonMonths),
        };
        if (external is not null)
        {
            curves.Add(SurvivalSummaries.Curve(KaplanMeier.Fit(external.Months, external.Events), external.Label, metric.HorizonMonths));
        }
        else if (grouped is not null)
        {
            var fitted = KaplanMeier.FitByGroup(grouped);
            curves.AddRange(fitted.Where(c => c.N > 0).Select(c => SurvivalSummaries.Curve(c, c.Label, metric.HorizonMonths)));
        }

        return new SurvivalSummary(curves, metric.HorizonMonths);
    }

    private static GroupComparison WithinProgram(Cohort cohort, SuccessObservations obs, SurvivalSample? grouped)
    {
        var groupOf = GroupOfSlot(cohort);
        var labels = cohort.GroupLabels;
        var tallies = RateEstimates.Tally(obs, k => groupOf[obs.Slots[k]], labels.Count);
        var rates = labels.Select((label, g) => tallies[g].Estimate(label)).ToList();
        var description = Phrase.Of("Completed compared with left early; those still in the program are in neither group.");
        var warnings = new List<Phrase>();
        double? logRank = null, logRankP = null;
        if (grouped is not null && BothGroupsPresent(groupOf, obs))
        {
            var test = LogRankTest.Compare(grouped);
            (logRank, logRankP) = (test.ChiSquare, test.PValue);
            warnings.AddRange(RateEstimates.Words(test.Warnings));
        }

        var genders = cohort.Data.Genders;
        var strata = new[] { Gender.Female, Gender.Male }
            .Select(g => Table(obs, k => genders[obs.Slots[k]] == g ? groupOf[obs.Slots[k]] : -1, labels))
            .Where(t => t.RowTotals.All(total => total > 0))
            .ToList();
        return Tests(description, rates, Table(obs, k => groupOf[obs.Slots[k]], labels), strata, logRank, logRankP, warnings);
    }

    internal static GroupComparison Tests(Phrase description, List<RateEstimate> rates, ContingencyTable table, IReadOnlyList<ContingencyTable> genderStrata,
        double? logRank, double? logRankP, List<Phrase> warnings)
    {
        if (table.RowTotals.Any(t => t == 0))
        {
            warnings.Add(Phrase.Of("One of the groups has nobody followed to the horizon: the groups cannot be compared yet."));
            return new GroupComparison(description, rates, null, null, null, null, null, null, null, null, null, null, null, null, Finite(logRank), Finite(logRankP), warnings);
        }

        var analysis = TableComparison.Analyze(table);
        warnings.AddRange(RateEstimates.Words(analysis.Warnings));
        double? pooled = null, pooledP = null;
        if (genderStrata.Count >= 2)
        {
            var mh = MantelHaenszelTest.Compute(genderStrata, ["Female", "Male"]);
            (pooled, pooledP) = (Finite(mh.PooledOddsRatio), Finite(mh.PValue));
            warnings.AddRange(RateEstimates.Words(mh.Warnings, ReportLabels.ByGender));
        }

        return new GroupComparison(description, rates,
            Finite(analysis.ChiSquare.Statistic), Finite(analysis.ChiSquare.PValue), Finite(analysis.FisherExact?.PValue),
            Finite(analysis.OddsRatio?.Estimate), Finite(analysis.OddsRatio?.Interval.Lower), Finite(analysis.OddsRatio?.Interval.Upper),
            Finite(analysis.RiskDifference?.Difference), Finite(analysis.RiskDifference?.Interval.Lower), Finite(analysis.RiskDifference?.Interval.Upper),
            Finite(analysis.Association.Phi), pooled, pooledP, Finite(logRank), Finite(logRankP), warnings);
    }

    /// <summary>JSON has no NaN or infinity: a figure that cannot be estimated is null (and a warning says why).</summary>
    internal static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static ContingencyTable Table(SuccessObservations obs, Func<int, int> groupOf, IReadOnlyList<string> labels)
    {
        var counts = new long[labels.Count, 2];
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            var g = groupOf(k);
            if (g >= 0 && obs.Resolved[k])
            {
                counts[g, obs.Success[k] ? 0 : 1]++;
            }
        }

        return ContingencyTable.FromCounts(counts, [.. labels], SuccessColumns);
    }

    /// <summary>Members in either comparison group as one survival sample; null when nobody is in either.</summary>
    private static SurvivalSample? Grouped(Cohort cohort, MetricObservations obs)
    {
        var groupOf = GroupOfSlot(cohort);
        var count = 0;
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            count += groupOf[obs.Slots[k]] >= 0 ? 1 : 0;
        }

        // Sized before filling: growing lists of a million rows touched twice the memory (see MetricObservations).
        var times = new double[count];
        var events = new bool[count];
        var groups = new int[count];
        var r = 0;
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            var g = groupOf[obs.Slots[k]];
            if (g >= 0)
            {
                (times[r], events[r], groups[r]) = (obs.Months[k], obs.Events[k], g);
                r++;
            }
        }

        return count == 0 ? null : SurvivalSample.Create(times, events, groups, cohort.GroupLabels);
    }

    private static bool BothGroupsPresent(int[] groupOf, SuccessObservations obs)
    {
        var seen = new bool[2];
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            if (groupOf[obs.Slots[k]] is var g and >= 0)
            {
                seen[g] = true;
            }
        }

        return seen[0] && seen[1];
    }

    private static int[] GroupOfSlot(Cohort cohort)
    {
        var groupOf = new int[cohort.Data.Count];
        Array.Fill(groupOf, -1);
        for (var k = 0; k < cohort.Members.Length; k++)
        {
            groupOf[cohort.Members[k]] = cohort.Groups[k];
        }

        return groupOf;
    }

    private static int CountWhere(SuccessObservations obs, Func<int, bool> predicate)
    {
        var count = 0;
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            if (predicate(k))
            {
                count++;
            }
        }

        return count;
    }
}
