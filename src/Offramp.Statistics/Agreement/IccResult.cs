namespace Offramp.Statistics.Agreement;

/// <summary>The six Shrout–Fleiss intraclass correlations of one subjects x raters table.</summary>
public sealed record IccResult
{
    public required int SubjectCount { get; init; }

    public required int RaterCount { get; init; }

    public required double ConfidenceLevel { get; init; }

    public required TwoWayMeanSquares MeanSquares { get; init; }

    /// <summary>ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k in that order.</summary>
    public required IReadOnlyList<IccEstimate> Estimates { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public IccEstimate this[IccForm form] => Estimates[(int)form];
}