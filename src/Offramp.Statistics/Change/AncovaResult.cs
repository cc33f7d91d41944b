using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>One coefficient of a linear model, as a row of R's summary(lm) with its confidence interval.</summary>
public sealed record LinearCoefficient(string Name, double Estimate, double StandardError, double T, double PValue, ConfidenceInterval Interval);

/// <summary>
/// ANCOVA of the follow-up score on the baseline score and group (R's lm(after ~ before + group)): the group
/// coefficients are the differences in follow-up between groups at equal baseline.
/// </summary>
/// <param name="N">Participants with both scores.</param>
/// <param name="Coefficients">Intercept, baseline slope, then one per non-reference group.</param>
/// <param name="ReferenceGroup">The group the others are compared with.</param>
/// <param name="ResidualStandardError">Residual standard error (sigma).</param>
/// <param name="DegreesOfFreedom">Residual degrees of freedom.</param>
/// <param name="RSquared">Multiple R².</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record AncovaResult(
    int N,
    ImmutableArray<LinearCoefficient> Coefficients,
    string ReferenceGroup,
    double ResidualStandardError,
    int DegreesOfFreedom,
    double RSquared,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
