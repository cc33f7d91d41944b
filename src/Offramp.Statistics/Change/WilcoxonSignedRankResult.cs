using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>Wilcoxon signed-rank test of after - before, as scipy.stats.wilcoxon(after, before) with its defaults.</summary>
/// <param name="Statistic">min(R+, R-), SciPy's two-sided statistic.</param>
/// <param name="PositiveRankSum">Sum of the ranks of positive changes (R+).</param>
/// <param name="NegativeRankSum">Sum of the ranks of negative changes (R-).</param>
/// <param name="Method">Exact or normal approximation, as actually used.</param>
/// <param name="Z">Standardised statistic of the normal approximation; NaN for the exact method.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="ZeroDifferences">Pairs with no change, dropped before ranking ("wilcox" zero method).</param>
/// <param name="N">Pairs, including those with no change.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record WilcoxonSignedRankResult(
    double Statistic,
    double PositiveRankSum,
    double NegativeRankSum,
    WilcoxonMethod Method,
    double Z,
    double PValue,
    int ZeroDifferences,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
