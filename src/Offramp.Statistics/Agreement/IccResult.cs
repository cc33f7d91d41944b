using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>The six Shrout–Fleiss intraclass correlations of one subjects x raters table.</summary>
public sealed record IccResult : IStatisticalResult
{
    /// <summary>Subjects analysed: those every rater rated.</summary>
    public required int N { get; init; }

    public required int RaterCount { get; init; }

    public required TwoWayMeanSquares MeanSquares { get; init; }

    /// <summary>ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k in that order.</summary>
    public required IReadOnlyList<IccEstimate> Estimates { get; init; }

    public required ImmutableArray<SmallNumberWarning> Warnings { get; init; }

    public IccEstimate this[IccForm form] => Estimates[(int)form];
}
