namespace Offramp.Statistics.Agreement;

/// <summary>
/// Ratings laid out subject by rater: each cell holds the index of a level on <see cref="Scale"/>,
/// or one of the markers below. The markers keep "no rating given", "rating left blank" and
/// "could not rate" apart, so that what was left out of a statistic can be reported, not dropped silently.
/// </summary>
public sealed class RatingMatrix
{
    /// <summary>The rater has no rating row for this subject at all.</summary>
    public const int NotRated = -1;

    /// <summary>The rater has a row for this subject with a blank rating.</summary>
    public const int Missing = -2;

    /// <summary>The rater said "unknown / could not rate", which is not a level of the scale.</summary>
    public const int Unknown = -3;

    private readonly int[] cells;

    public RatingMatrix(
        RatingScale scale,
        IReadOnlyList<string> subjects,
        IReadOnlyList<string> raters,
        int[] cells,
        int ratingRows)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(raters);
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != subjects.Count * raters.Count)
        {
            throw new ArgumentException("There must be one cell per subject and rater.", nameof(cells));
        }

        foreach (var cell in cells)
        {
            if (cell < Unknown || cell >= scale.Count)
            {
                throw new ArgumentException($"Cell value {cell} is neither a level of the scale nor a marker.", nameof(cells));
            }
        }

        Scale = scale;
        Subjects = subjects;
        Raters = raters;
        this.cells = cells;
        RatingRows = ratingRows;
    }

    public RatingScale Scale { get; }

    public IReadOnlyList<string> Subjects { get; }

    public IReadOnlyList<string> Raters { get; }

    public int SubjectCount => Subjects.Count;

    public int RaterCount => Raters.Count;

    /// <summary>The number of rating records the matrix was built from, blank and unknown ones included.</summary>
    public int RatingRows { get; }

    /// <summary>The level index of a rating, or <see cref="NotRated"/>, <see cref="Missing"/> or <see cref="Unknown"/>.</summary>
    public int this[int subject, int rater] => cells[(subject * RaterCount) + rater];

    /// <summary>
    /// Builds a matrix from level indices laid out [subject, rater], mainly for callers that already hold
    /// coded ratings; subjects and raters are named by their position.
    /// </summary>
    public static RatingMatrix FromCodes(RatingScale scale, int[,] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var subjects = codes.GetLength(0);
        var raters = codes.GetLength(1);
        var cells = new int[subjects * raters];
        var rows = 0;
        for (var s = 0; s < subjects; s++)
        {
            for (var r = 0; r < raters; r++)
            {
                cells[(s * raters) + r] = codes[s, r];
                rows += codes[s, r] == NotRated ? 0 : 1;
            }
        }

        return new RatingMatrix(
            scale,
            [.. Enumerable.Range(1, subjects).Select(i => $"S{i}")],
            [.. Enumerable.Range(1, raters).Select(i => $"R{i}")],
            cells,
            rows);
    }

    /// <summary>Whether every rater gave this subject a rating on the scale.</summary>
    public bool IsComplete(int subject)
    {
        var start = subject * RaterCount;
        for (var r = 0; r < RaterCount; r++)
        {
            if (cells[start + r] < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The subjects every rater rated on the scale, in matrix order.</summary>
    public int[] CompleteSubjects()
    {
        var complete = new List<int>(SubjectCount);
        for (var s = 0; s < SubjectCount; s++)
        {
            if (IsComplete(s))
            {
                complete.Add(s);
            }
        }

        return [.. complete];
    }
}
