using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>
/// Mantel–Haenszel analysis of 2×2 tables over strata (e.g. by gender), as statsmodels StratifiedTable.
/// </summary>
/// <param name="PooledOddsRatio">Mantel–Haenszel pooled odds ratio Σ(ad/n) / Σ(bc/n).</param>
/// <param name="LogStandardError">Robins–Breslow–Greenland standard error of the log pooled odds ratio.</param>
/// <param name="Interval">exp(log OR ± z·SE).</param>
/// <param name="ChiSquare">Mantel–Haenszel test statistic of a common odds ratio of 1 (1 degree of freedom).</param>
/// <param name="PValue">Upper tail probability of <paramref name="ChiSquare"/>.</param>
/// <param name="ContinuityCorrected">True when 0.5 was subtracted from |Σ(a - E a)| before squaring.</param>
/// <param name="HomogeneityChiSquare">Breslow–Day statistic of equal odds ratios across strata (strata - 1 degrees of freedom).</param>
/// <param name="HomogeneityPValue">Upper tail probability of the Breslow–Day statistic.</param>
/// <param name="StrataCount">Number of strata.</param>
/// <param name="N">Participants over all strata.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record MantelHaenszelResult(
    double PooledOddsRatio,
    double LogStandardError,
    ConfidenceInterval Interval,
    double ChiSquare,
    double PValue,
    bool ContinuityCorrected,
    double HomogeneityChiSquare,
    double HomogeneityPValue,
    int StrataCount,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
