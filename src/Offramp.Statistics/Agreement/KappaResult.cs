using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Cohen's kappa for two raters with its large-sample inference (Fleiss, Cohen and Everitt 1969).
/// </summary>
public sealed record KappaResult : IStatisticalResult
{
    public required KappaWeighting Weighting { get; init; }

    public required double Kappa { get; init; }

    /// <summary>Standard error of kappa as estimated (not assuming kappa = 0); used for the confidence interval.</summary>
    public required double StandardError { get; init; }

    /// <summary>Standard error under the null hypothesis kappa = 0; used for <see cref="Z"/> and <see cref="PValue"/>.</summary>
    public required double StandardErrorUnderNull { get; init; }

    /// <summary>Kappa divided by <see cref="StandardErrorUnderNull"/>.</summary>
    public required double Z { get; init; }

    /// <summary>Two-sided p-value for kappa = 0 from the normal approximation.</summary>
    public required double PValue { get; init; }

    /// <summary>Wald interval: kappa ± z(1 - alpha/2) × <see cref="StandardError"/>.</summary>
    public required ConfidenceInterval Interval { get; init; }

    /// <summary>Weighted proportion of agreement observed (plain agreement when unweighted).</summary>
    public required double ObservedAgreement { get; init; }

    /// <summary>Weighted proportion of agreement expected by chance from each rater's own distribution.</summary>
    public required double ExpectedAgreement { get; init; }

    /// <summary>Subjects both raters rated on the scale.</summary>
    public required int N { get; init; }

    /// <summary>Always two: an instance member like <c>RaterCount</c> of the Fleiss and ICC results, which the writers read alike.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the result's shape, read like the other results'.")]
    public int RaterCount => 2;

    public required ImmutableArray<SmallNumberWarning> Warnings { get; init; }
}
