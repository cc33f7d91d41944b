namespace Offramp.Statistics.Agreement;

/// <summary>
/// The k x k cross-classification of two raters' ratings of the same subjects: cell [i, j] counts the
/// subjects the first rater put in level i and the second in level j. Its size is the whole scale,
/// so levels one rater (or both) never used still take their place in the weights.
/// </summary>
public sealed class RaterPairTable
{
    private readonly long[,] counts;

    public RaterPairTable(long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.GetLength(0) != counts.GetLength(1))
        {
            throw new ArgumentException("The table must be square: both raters use the same scale.", nameof(counts));
        }

        foreach (var count in counts)
        {
            if (count < 0)
            {
                throw new ArgumentException("Counts cannot be negative.", nameof(counts));
            }

            Total += count;
        }

        this.counts = (long[,])counts.Clone();
    }

    public int Levels => counts.GetLength(0);

    /// <summary>The number of subjects both raters rated on the scale.</summary>
    public long Total { get; }

    public long this[int first, int second] => counts[first, second];

    /// <summary>Cross-tabulates paired level indices (each 0 to levels - 1).</summary>
    public static RaterPairTable FromPairs(IReadOnlyList<int> firstRater, IReadOnlyList<int> secondRater, int levels)
    {
        ArgumentNullException.ThrowIfNull(firstRater);
        ArgumentNullException.ThrowIfNull(secondRater);
        if (firstRater.Count != secondRater.Count)
        {
            throw new ArgumentException("Both raters must rate the same subjects.", nameof(secondRater));
        }

        var counts = new long[levels, levels];
        for (var s = 0; s < firstRater.Count; s++)
        {
            counts[firstRater[s], secondRater[s]]++;
        }

        return new RaterPairTable(counts);
    }

    /// <summary>The table of two raters (columns of the matrix) over the subjects both rated on the scale.</summary>
    public static RaterPairTable FromMatrix(RatingMatrix matrix, int firstRater, int secondRater)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var counts = new long[matrix.Scale.Count, matrix.Scale.Count];
        for (var s = 0; s < matrix.SubjectCount; s++)
        {
            var first = matrix[s, firstRater];
            var second = matrix[s, secondRater];
            if (first >= 0 && second >= 0)
            {
                counts[first, second]++;
            }
        }

        return new RaterPairTable(counts);
    }
}
