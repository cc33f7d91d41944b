using Offramp.Core.Common;
using Offramp.Statistics.Common;
using Offramp.Statistics.Weighting;

namespace Offramp.Core.Evaluation.Reports.Methods;

/// <summary>
/// A propensity-weighted comparison when the groups differ on the recorded covariates (some standardised difference of
/// 0.1 or more before weighting); balanced groups need none, and a note says so.
/// </summary>
internal static class WeightedComparisons
{
    public static WeightedGroupComparison? Compute(ComparisonData data, List<Phrase> notes)
    {
        if (data.Covariates.Count == 0)
        {
            notes.Add(Phrase.Of("No covariate is recorded for everyone compared, so the groups cannot be weighted to resemble each other."));
            return null;
        }

        if (!data.Events.Any(e => e))
        {
            notes.Add(Phrase.Of("Nobody in either group has had the outcome yet, so there is no weighted comparison to make."));
            return null;
        }

        try
        {
            // The report shows no concordance (which would cost as much as the weighted Cox fit itself), no weighted
            // curves and no robust score test, so none is computed.
            var result = WeightedComparison.Analyze("group", data.InGroup, data.Covariates, data.Months, data.Events, concordance: false, details: false);
            if (result.Balance.All(b => Math.Abs(b.StandardisedDifference) < CovariateBalance.BalanceThreshold))
            {
                notes.Add(Phrase.Of($"The groups are already balanced on {Phrase.ListOf([.. data.Covariates.Select(c => c.Name)])} (every standardised difference under 0.1), so no weighting is needed."));
                return null;
            }

            var hr = result.HazardRatio.Coefficients[0];
            return new WeightedGroupComparison(
                data.Group,
                data.Reference,
                [.. result.Balance.Select(b => new BalanceRow(b.Name, MetricCalculator.Finite(b.StandardisedDifference), MetricCalculator.Finite(b.WeightedStandardisedDifference)))],
                hr.HazardRatio,
                MetricCalculator.Finite(hr.Lower),
                MetricCalculator.Finite(hr.Upper),
                MetricCalculator.Finite(hr.PValue),
                result.Weights.EffectiveSampleSizeTreated,
                result.Weights.EffectiveSampleSizeControl,
                result.Weights.TruncatedLow + result.Weights.TruncatedHigh,
                RateEstimates.Words(result.Warnings));
        }
        catch (ModelNotEstimableException refused)
        {
            notes.Add(Phrase.Of($"A weighted comparison cannot be made from these data: {RateEstimates.Words(refused.Text)}"));
            return null;
        }
    }
}
