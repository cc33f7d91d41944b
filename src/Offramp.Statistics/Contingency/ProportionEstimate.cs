using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>A proportion (e.g. reconvicted within 24 months) with its Wilson score interval.</summary>
/// <param name="Successes">Participants with the outcome.</param>
/// <param name="N">Participants.</param>
/// <param name="Proportion">Successes / N.</param>
/// <param name="Interval">Wilson score interval without continuity correction.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record ProportionEstimate(
    long Successes,
    int N,
    double Proportion,
    ConfidenceInterval Interval,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult
{
    /// <summary>
    /// The Wilson score interval, as statsmodels proportion_confint(method="wilson"). Unlike the Wald
    /// interval it stays inside [0, 1] and keeps its coverage for the small counts typical here.
    /// </summary>
    public static ProportionEstimate Wilson(long successes, long n, double confidenceLevel = 0.95)
    {
        if (n <= 0 || successes < 0 || successes > n)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"Need 0 <= successes <= n and n > 0 (got {successes} of {n}).");
        }

        var nobs = (double)n;
        var proportion = successes / nobs;
        var critical = Probability.TwoSidedNormalCritical(confidenceLevel);
        var critical2 = critical * critical;
        var denominator = 1 + (critical2 / nobs);
        var center = (proportion + (critical2 / (2 * nobs))) / denominator;
        var distance = critical * Math.Sqrt((proportion * (1.0 - proportion) / nobs) + (critical2 / (4.0 * (nobs * nobs))));
        distance /= denominator;

        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize((int)n, "participants", "the proportion is imprecise"))
            .Add(SmallNumberWarning.ForEvents((int)Math.Min(successes, int.MaxValue), string.Empty, "the rate is unstable"))
            .ToImmutable();
        // With no successes the lower bound is 0 and with all of them the upper is 1, exactly (as R's prop.test with
        // correct = FALSE); the subtraction would leave a rounding residue such as -6.9e-18 for a report to print.
        var lower = successes == 0 ? 0.0 : center - distance;
        var upper = successes == n ? 1.0 : center + distance;
        return new ProportionEstimate(successes, (int)n, proportion, new ConfidenceInterval(lower, upper, confidenceLevel), warnings);
    }
}
