using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>Fleiss' kappa for several raters with its test of kappa = 0.</summary>
public sealed record FleissKappaResult : IStatisticalResult
{
    public required double Kappa { get; init; }

    /// <summary>Mean proportion of agreeing rater pairs per subject (P-bar).</summary>
    public required double ObservedAgreement { get; init; }

    /// <summary>Chance agreement from the pooled level proportions (sum of p_j squared).</summary>
    public required double ExpectedAgreement { get; init; }

    /// <summary>Standard error under kappa = 0 (Fleiss, Nee and Landis 1979).</summary>
    public required double StandardErrorUnderNull { get; init; }

    public required double Z { get; init; }

    /// <summary>Two-sided p-value for kappa = 0 from the normal approximation.</summary>
    public required double PValue { get; init; }

    /// <summary>Subjects analysed: those every rater rated on the scale.</summary>
    public required int N { get; init; }

    /// <summary>Ratings per subject (every subject analysed has this many).</summary>
    public required int RaterCount { get; init; }

    public required ImmutableArray<SmallNumberWarning> Warnings { get; init; }
}
