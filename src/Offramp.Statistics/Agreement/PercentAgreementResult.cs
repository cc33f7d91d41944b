using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>How often the raters gave exactly the same rating, with no correction for chance.</summary>
public sealed record PercentAgreementResult : IStatisticalResult
{
    /// <summary>Subjects on whom every rater gave the same level.</summary>
    public required int SubjectsInAgreement { get; init; }

    /// <summary>Subjects every rater rated on the scale.</summary>
    public required int N { get; init; }

    public required int RaterCount { get; init; }

    /// <summary>SubjectsInAgreement / N as a percentage (NaN with no subject).</summary>
    public double Percent => 100.0 * SubjectsInAgreement / N;

    public required ImmutableArray<SmallNumberWarning> Warnings { get; init; }
}
