using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>Fisher's exact test for a 2×2 table, two-sided, as scipy.stats.fisher_exact.</summary>
/// <param name="OddsRatio">Sample odds ratio ad/bc (infinite when b or c is 0; NaN when a margin is 0).</param>
/// <param name="PValue">Sum of the probabilities of all tables with the same margins that are as likely as, or less likely than, the observed one.</param>
/// <param name="N">Participants.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record FisherExactResult(double OddsRatio, double PValue, int N, ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
