using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>Paired t-test of the mean change (after - before), as scipy.stats.ttest_rel(after, before).</summary>
/// <param name="MeanDifference">Mean of after - before.</param>
/// <param name="StandardDeviation">Sample standard deviation of the differences.</param>
/// <param name="StandardError">Standard error of the mean difference.</param>
/// <param name="T">t statistic.</param>
/// <param name="DegreesOfFreedom">Pairs minus one.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="Interval">Confidence interval of the mean difference.</param>
/// <param name="N">Pairs.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record PairedTTestResult(
    double MeanDifference,
    double StandardDeviation,
    double StandardError,
    double T,
    int DegreesOfFreedom,
    double PValue,
    ConfidenceInterval Interval,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
