using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>Observed and expected events of one group, summed over strata (R survdiff's obs and exp).</summary>
/// <param name="Label">Group label.</param>
/// <param name="N">Participants in the group.</param>
/// <param name="Observed">Events observed.</param>
/// <param name="Expected">Events expected if all groups shared one survival curve.</param>
public sealed record LogRankGroup(string Label, int N, double Observed, double Expected)
{
    /// <summary>(O - E)^2 / E, the per-group column R prints.</summary>
    public double ObservedMinusExpectedSquaredOverExpected => (Observed - Expected) * (Observed - Expected) / Expected;
}

/// <summary>Observed and expected events per group within one stratum.</summary>
/// <param name="Label">Stratum label.</param>
/// <param name="N">Participants in the stratum.</param>
/// <param name="Observed">Observed events per group, in group order.</param>
/// <param name="Expected">Expected events per group, in group order.</param>
public sealed record LogRankStratum(string Label, int N, ImmutableArray<double> Observed, ImmutableArray<double> Expected);

/// <summary>The log-rank test of equal survival across groups, optionally stratified, as R's survdiff (rho = 0).</summary>
/// <param name="ChiSquare">Test statistic.</param>
/// <param name="DegreesOfFreedom">Groups with any expected events, minus one.</param>
/// <param name="PValue">Upper chi-square tail probability.</param>
/// <param name="Groups">Per-group observed and expected events.</param>
/// <param name="Variance">Variance matrix of observed minus expected (R survdiff's var), groups × groups.</param>
/// <param name="Strata">Per-stratum figures; one unnamed stratum when the test is not stratified.</param>
/// <param name="N">Participants.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record LogRankResult(
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    ImmutableArray<LogRankGroup> Groups,
    ImmutableArray<ImmutableArray<double>> Variance,
    ImmutableArray<LogRankStratum> Strata,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
