using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>Pearson's chi-square test of independence, as scipy.stats.chi2_contingency.</summary>
/// <param name="Statistic">Chi-square statistic (NaN when a row or column is empty).</param>
/// <param name="DegreesOfFreedom">(rows - 1) × (columns - 1).</param>
/// <param name="PValue">Upper tail probability.</param>
/// <param name="YatesCorrected">True when Yates' continuity correction was applied (only ever to a 2×2 table).</param>
/// <param name="Expected">Expected counts under independence, row by row.</param>
/// <param name="N">Participants.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record PearsonChiSquareResult(
    double Statistic,
    int DegreesOfFreedom,
    double PValue,
    bool YatesCorrected,
    ImmutableArray<ImmutableArray<double>> Expected,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
