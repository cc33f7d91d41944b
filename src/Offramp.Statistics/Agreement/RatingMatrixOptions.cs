namespace Offramp.Statistics.Agreement;

/// <summary>How rating text is read into a <see cref="RatingMatrix"/>.</summary>
public sealed record RatingMatrixOptions
{
    /// <summary>
    /// Ratings that mean "unknown / could not rate" (compared trimmed, ignoring case). They are counted
    /// and reported, and kept apart from the levels of the scale.
    /// </summary>
    public IReadOnlyCollection<string> UnknownValues { get; init; } = [];

    /// <summary>
    /// The levels of the scale, lowest first. When null, numeric ratings are ordered by value and
    /// text ratings are taken as unordered categories.
    /// </summary>
    public IReadOnlyList<string>? Levels { get; init; }
}
