using System.Globalization;

using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Evidence.Bundles;
using Offramp.Statistics.Contingency;
using Offramp.Statistics.Disclosure;

namespace Offramp.Core.Evidence.Building;

/// <summary>
/// Turns a program's figures into a bundle that can leave it: counts through disclosure control (primary and secondary
/// suppression against this and every earlier release, then rounding), an estimate only where both of its counts are
/// published, survival and assessment change only for the cumulative period (yearly ones would subtract into small
/// groups), and a survival curve that stops before fewer than the threshold remain or leave between two points.
/// </summary>
public static class EvidenceBundleComposer
{
    private static readonly int[] SurvivalMonths = [6, 12, 24, 36, 60];

    public static EvidenceBundle Compose(EvidenceComposition input)
    {
        var earlierKeys = input.Earlier.SelectMany(EvidenceCellKeys.Published).ToHashSet(StringComparer.Ordinal);
        var period = EvidenceCellKeys.PeriodCode(input.Period);
        var cohortBlock = new CellBlock();
        foreach (var slot in input.Members)
        {
            cohortBlock.Add(YearOf(input, slot), input.Dimensions.Of(slot));
        }

        var cohort = BlockDisclosure.Decide(cohortBlock, input.Dimensions, input.Period, input.OtherPeriods,
            [new CellMeasure(EvidenceCellKeys.Participants, _ => true, Proposed: true)], earlierKeys, input.Rules);
        var knownNow = new HashSet<string>(earlierKeys, StringComparer.Ordinal);
        knownNow.UnionWith(cohort.Values.Where(v => v.Value is not null).Select(v => v.Key));

        var (primary, secondary) = (cohort.Primary, cohort.Secondary);
        var metrics = new List<EvidenceMetric>();
        foreach (var metric in input.Metrics)
        {
            var (composed, p, s) = metric.Definition.Kind == MetricKind.AssessmentChange
                ? AssessmentMetric(input, metric)
                : OutcomeMetric(input, metric, knownNow, period);
            if (composed is not null)
            {
                metrics.Add(composed);
            }

            (primary, secondary) = (primary + p, secondary + s);
        }

        return new EvidenceBundle
        {
            BundleId = input.BundleId,
            Supersedes = input.Supersedes,
            Publisher = input.Publisher,
            Program = input.Profile,
            Period = input.Period,
            ProducedMonth = input.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Disclosure = new EvidenceDisclosure(input.Rules.Threshold, input.Rules.RoundingBase, primary, secondary),
            Participants = cohort.Count(EvidenceCellKeys.Key(period, EvidenceCellKeys.Participants)),
            Breakdowns = [.. input.Dimensions.All().Select(c => new EvidenceBreakdownCount(c.Dimension, c.Category,
                cohort.Count(EvidenceCellKeys.Key(period, EvidenceCellKeys.Participants, c.Dimension, c.Category))))],
            Metrics = metrics,
            CodedFields = input.CodedFields is { Count: > 0 } coded ? coded : null,
        };
    }

    private static (EvidenceMetric?, int, int) OutcomeMetric(EvidenceComposition input, EvidenceMetricInput metric, IReadOnlySet<string> known, string period)
    {
        var key = MetricKey(metric.Definition);
        var obs = metric.AllMembers!;
        var status = new int[input.Data.Count];
        Array.Fill(status, 3);
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            status[obs.Slots[k]] = !obs.Resolved[k] ? 2 : obs.Success[k] ? 0 : 1;
        }

        var block = new CellBlock();
        foreach (var slot in input.Members)
        {
            block.Add(YearOf(input, slot), input.Dimensions.Of(slot), status[slot]);
        }

        CellMeasure[] measures =
        [
            new(EvidenceCellKeys.Participants, _ => true, Proposed: false),
            new(EvidenceCellKeys.Measure(key, EvidenceCellKeys.Included), s => s <= 1, Proposed: true),
            new(EvidenceCellKeys.Measure(key, EvidenceCellKeys.Successes), s => s == 0, Proposed: true),
            .. Enumerable.Range(1, 3).Select(s => new CellMeasure(EvidenceCellKeys.Measure(key, EvidenceCellKeys.Statuses[s]), x => x == s, Proposed: false)),
        ];
        var decision = BlockDisclosure.Decide(block, input.Dimensions, input.Period, input.OtherPeriods, measures, known, input.Rules);
        EvidenceRate Rate(string? dimension, string? category) => RateOf(decision,
            EvidenceCellKeys.Key(period, EvidenceCellKeys.Measure(key, EvidenceCellKeys.Included), dimension, category),
            EvidenceCellKeys.Key(period, EvidenceCellKeys.Measure(key, EvidenceCellKeys.Successes), dimension, category));

        var breakdowns = input.Dimensions.All().Select(c => new EvidenceGroupRate(c.Dimension, c.Category, Rate(c.Dimension, c.Category))).ToList();
        var completed = breakdowns.Single(b => b.Dimension == EvidenceDimensions.Completion && b.Category == "completed").Rate;
        var leftEarly = breakdowns.Single(b => b.Dimension == EvidenceDimensions.Completion && b.Category == "left-early").Rate;
        var survival = input.Period.IsCumulative && metric.Definition.Kind == MetricKind.NoAdverseOutcome
            ? SurvivalPoints(metric.PeriodMembers!, input.Rules)
            : [];
        var composed = new EvidenceMetric(
            key, metric.Definition.Name, Code(metric.Definition.Kind), Code(metric.Definition.Anchor), metric.Definition.HorizonMonths,
            [.. metric.Definition.Types.Select(Code)],
            Rate(null, null),
            breakdowns,
            Comparison(decision, period, key, completed, leftEarly, metric.HazardRatio),
            survival,
            null);
        return (composed, decision.Primary, decision.Secondary);
    }

    /// <summary>Assessment change leaves only in the cumulative bundle, and only when enough pairs exist.</summary>
    private static (EvidenceMetric?, int, int) AssessmentMetric(EvidenceComposition input, EvidenceMetricInput metric)
    {
        if (!input.Period.IsCumulative || metric.AssessmentReport?.Change is not { } change)
        {
            return (null, 0, 0);
        }

        var threshold = input.Rules.Threshold;
        var improved = change.Improved.Successes;
        var enoughPairs = change.Pairs >= threshold;
        var rateShown = enoughPairs && improved >= threshold && change.Pairs - improved >= threshold;
        var pairs = enoughPairs ? EvidenceCount.Of(Round(change.Pairs, input.Rules)) : EvidenceCount.Withheld;
        var rate = new EvidenceRate(pairs, rateShown ? EvidenceCount.Of(Round(improved, input.Rules)) : EvidenceCount.Withheld,
            rateShown ? Estimate(ProportionEstimate.Wilson(improved, change.Pairs)) : null);
        var difference = enoughPairs && change.DifferenceLower is { } lo && change.DifferenceUpper is { } hi
            ? new EvidenceEstimate(Four(change.MeanDifference), Four(lo), Four(hi))
            : null;
        var summary = new EvidenceChange(pairs, enoughPairs ? Four(change.MeanBefore) : null, enoughPairs ? Four(change.MeanAfter) : null, difference,
            enoughPairs && change.CohensDz is { } dz ? Four(dz) : null);
        var d = metric.Definition;
        var composed = new EvidenceMetric(MetricKey(d), d.Name, Code(d.Kind), Code(d.Anchor), d.HorizonMonths, [], rate, [], null, [], summary);
        return (composed, (enoughPairs ? 0 : 1) + (rateShown ? 0 : 1), 0);
    }

    private static EvidenceRate RateOf(BlockDecision decision, string includedKey, string successesKey)
    {
        var included = decision.Count(includedKey);
        var successes = decision.Count(successesKey);
        var estimate = included.Suppressed || successes.Suppressed || decision.True(includedKey) == 0
            ? null
            : Estimate(ProportionEstimate.Wilson(decision.True(successesKey), decision.True(includedKey)));
        return new EvidenceRate(included, successes, estimate);
    }

    /// <summary>Completers against early leavers, only when both groups' rates could be published.</summary>
    private static EvidenceComparison? Comparison(BlockDecision decision, string period, string key, EvidenceRate completed, EvidenceRate leftEarly, Evaluation.Reports.Methods.AdjustedHazardRatio? adjusted)
    {
        if (completed.Estimate is null || leftEarly.Estimate is null)
        {
            return null;
        }

        long True(string measure, string category) =>
            decision.True(EvidenceCellKeys.Key(period, EvidenceCellKeys.Measure(key, measure), EvidenceDimensions.Completion, category));
        var (s1, n1, s2, n2) = (True(EvidenceCellKeys.Successes, "completed"), True(EvidenceCellKeys.Included, "completed"),
            True(EvidenceCellKeys.Successes, "left-early"), True(EvidenceCellKeys.Included, "left-early"));
        var rd = RiskDifferenceEstimate.Wald(ContingencyTable.FromCounts(new long[,] { { s1, n1 - s1 }, { s2, n2 - s2 } }));
        var difference = double.IsFinite(rd.Difference) ? new EvidenceEstimate(Four(rd.Difference), Four(rd.Interval.Lower), Four(rd.Interval.Upper)) : null;
        var hr = adjusted is { Lower: { } lo, Upper: { } hi } h && double.IsFinite(h.HazardRatio) && double.IsFinite(lo) && double.IsFinite(hi)
            ? new EvidenceEstimate(Four(h.HazardRatio), Four(lo), Four(hi))
            : null;
        return new EvidenceComparison("completed", "left-early", difference, hr);
    }

    /// <summary>
    /// Survival at 6–60 months with the numbers at risk, stopping at the first point where fewer than the threshold
    /// remain, or where between 1 and threshold−1 people left since the previous point (two published numbers at risk
    /// would otherwise subtract into a small group).
    /// </summary>
    private static List<EvidenceSurvivalPoint> SurvivalPoints(MetricObservations obs, DisclosureRules rules)
    {
        var threshold = rules.Threshold;
        var points = new List<EvidenceSurvivalPoint>();
        if (obs.Slots.Length < threshold)
        {
            return points;
        }

        var curve = Statistics.Survival.KaplanMeier.Fit(obs.Months, obs.Events);
        var previous = obs.Slots.Length;
        foreach (var at in Statistics.Survival.SurvivalAtTime.FromCurve(curve, SurvivalMonths.Select(m => (double)m)))
        {
            var left = previous - at.NumberAtRisk;
            if (at.NumberAtRisk < threshold || (left > 0 && left < threshold))
            {
                break;
            }

            points.Add(new EvidenceSurvivalPoint((int)at.Time, Round(at.NumberAtRisk, rules), Four(at.Survival),
                double.IsFinite(at.Lower) ? Four(at.Lower) : null, double.IsFinite(at.Upper) ? Four(at.Upper) : null));
            previous = at.NumberAtRisk;
        }

        return points;
    }

    private static int YearOf(EvidenceComposition input, int slot) => DateOnly.FromDayNumber(input.Data.EntryDay[slot]).Year;

    public static string MetricKey(MetricDefinition metric) => metric.Id.ToString();

    private static EvidenceEstimate Estimate(ProportionEstimate p) => new(Four(p.Proportion), Four(p.Interval.Lower), Four(p.Interval.Upper));

    private static double Four(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static int Round(long value, DisclosureRules rules) => checked((int)CountRounding.Round(value, rules));

    /// <summary>"NoAdverseOutcome" as "no-adverse-outcome": codes in bundles are lower-case words.</summary>
    public static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Append('-');
            }

            chars.Append(char.ToLowerInvariant(name[i]));
        }

        return chars.ToString();
    }
}
