using System.Globalization;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Collects long-format ratings (one row per subject, rater and rating) and lays them out as a
/// <see cref="RatingMatrix"/>. Subjects, raters and rating labels are dictionary-encoded as they
/// arrive, so a million rows cost three integers each.
/// </summary>
public sealed class RatingMatrixBuilder
{
    private const int BlankRating = -1;

    /// <summary>The largest subject x rater table built (400 MB of cells); beyond it the design is not one these statistics fit.</summary>
    private const long MaximumCells = 100_000_000;

    private readonly RatingMatrixOptions options;
    private readonly Codebook subjects = new(StringComparer.Ordinal);
    private readonly Codebook raters = new(StringComparer.Ordinal);

    // Rating labels are matched ignoring case: "Present" and "present" are the same level.
    private readonly Codebook ratings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> subjectOfRow = [];
    private readonly List<int> raterOfRow = [];
    private readonly List<int> ratingOfRow = [];

    public RatingMatrixBuilder(RatingMatrixOptions? options = null)
    {
        this.options = options ?? new RatingMatrixOptions();
    }

    public int RowCount => subjectOfRow.Count;

    public void Add(string subject, string rater, string? rating) =>
        Add(subject.AsSpan(), rater.AsSpan(), (rating ?? string.Empty).AsSpan());

    /// <summary>Adds one rating; a blank <paramref name="rating"/> is recorded as missing.</summary>
    public void Add(ReadOnlySpan<char> subject, ReadOnlySpan<char> rater, ReadOnlySpan<char> rating)
    {
        subject = subject.Trim();
        rater = rater.Trim();
        rating = rating.Trim();
        if (subject.IsEmpty || rater.IsEmpty)
        {
            throw new RatingDataException(subject.IsEmpty
                ? WarningText.Of($"Row {RowCount + 1} of the ratings (not counting a header row) has no subject. Every rating needs both.")
                : WarningText.Of($"Row {RowCount + 1} of the ratings (not counting a header row) has no rater. Every rating needs both."));
        }

        subjectOfRow.Add(subjects.GetOrAdd(subject));
        raterOfRow.Add(raters.GetOrAdd(rater));
        ratingOfRow.Add(rating.IsEmpty ? BlankRating : ratings.GetOrAdd(rating));
    }

    public RatingMatrix Build()
    {
        if (RowCount == 0)
        {
            throw new RatingDataException(WarningText.Fixed("No ratings yet."));
        }

        var (scale, cellOfLabel) = ChooseScale();
        var raterCount = raters.Count;
        if ((long)subjects.Count * raterCount > MaximumCells)
        {
            throw new RatingDataException(WarningText.Of($"{subjects.Count:N0} subjects and {raterCount:N0} raters make too large a subject-by-rater table. These statistics compare raters who each rated the same people; if the rater column names whoever happened to rate (different people for different subjects), give it as a rater role or position (first, second, ...) instead."));
        }

        var cells = new int[subjects.Count * raterCount];
        Array.Fill(cells, RatingMatrix.NotRated);
        for (var row = 0; row < subjectOfRow.Count; row++)
        {
            var cell = (subjectOfRow[row] * raterCount) + raterOfRow[row];
            if (cells[cell] != RatingMatrix.NotRated)
            {
                throw DuplicateRating(row);
            }

            var label = ratingOfRow[row];
            cells[cell] = label == BlankRating ? RatingMatrix.Missing : cellOfLabel[label];
        }

        return new RatingMatrix(scale, subjects.Values, raters.Values, cells, subjectOfRow.Count);
    }

    /// <summary>Decides the scale and the cell value (level index or <see cref="RatingMatrix.Unknown"/>) of each distinct label.</summary>
    private (RatingScale Scale, int[] CellOfLabel) ChooseScale()
    {
        var unknown = new HashSet<string>(options.UnknownValues.Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase);
        var labels = ratings.Values;
        var cellOfLabel = new int[labels.Count];
        var onScale = new List<int>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (unknown.Contains(labels[i]))
            {
                cellOfLabel[i] = RatingMatrix.Unknown;
            }
            else
            {
                onScale.Add(i);
            }
        }

        var scale = options.Levels is not null ? GivenLevels(options.Levels)
            : onScale.TrueForAll(i => RatingScale.TryParseNumber(labels[i], out _)) ? RatingScale.Numeric(onScale.Select(i => Number(labels[i])))
            : RatingScale.Unordered(onScale.Select(i => labels[i]).Order(StringComparer.Ordinal));
        foreach (var i in onScale)
        {
            cellOfLabel[i] = scale.IsNumeric && options.Levels is null
                ? scale.IndexOf(Number(labels[i]).ToString("R", CultureInfo.InvariantCulture))
                : scale.IndexOf(labels[i]);
            if (cellOfLabel[i] < 0)
            {
                throw new RatingDataException(WarningText.Of($"The rating '{labels[i]}' is not one of the levels given ({string.Join(", ", scale.Levels)}). Add it to the levels, or list it as an unknown / could-not-rate value."));
            }
        }

        return (scale, cellOfLabel);
    }

    private static RatingScale GivenLevels(IReadOnlyList<string> levels)
    {
        try
        {
            return RatingScale.Ordered(levels);
        }
        catch (ArgumentException exception)
        {
            // The levels came from the person running the analysis: say what is wrong with them in their terms.
            throw new RatingDataException($"The levels given cannot be used: {exception.Message.Split(" (Parameter", 2)[0]}", exception);
        }
    }

    /// <summary>The number of a label already found to be one; anything else is a bug in the caller.</summary>
    private static double Number(string label) =>
        RatingScale.TryParseNumber(label, out var value) ? value : throw new InvalidOperationException($"'{label}' is not a number.");

    private RatingDataException DuplicateRating(int secondRow)
    {
        var first = 0;
        while (subjectOfRow[first] != subjectOfRow[secondRow] || raterOfRow[first] != raterOfRow[secondRow])
        {
            first++;
        }

        return new RatingDataException(WarningText.Of($"Rater '{raters.Values[raterOfRow[secondRow]]}' rated subject '{subjects.Values[subjectOfRow[secondRow]]}' twice (rows {first + 1} and {secondRow + 1} of the ratings, not counting a header row). Keep one rating per rater and subject, for example the consensus or the first assessment."));
    }
}
