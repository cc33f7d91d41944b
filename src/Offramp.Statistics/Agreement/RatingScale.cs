using System.Globalization;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// The levels a rating can take, in scale order when the order is known. Weighted kappa depends on
/// that order (a disagreement between adjacent levels counts less than one across the scale), so a
/// scale built from free text without a stated order is marked unordered and only unweighted
/// statistics are computed on it.
/// </summary>
public sealed class RatingScale
{
    private readonly Dictionary<string, int> indexByLabel;

    private RatingScale(IReadOnlyList<string> levels, bool isOrdered)
    {
        Levels = levels;
        IsOrdered = isOrdered;
        indexByLabel = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(levels[i]))
            {
                throw new ArgumentException("A rating level cannot be blank.", nameof(levels));
            }

            if (!indexByLabel.TryAdd(levels[i].Trim(), i))
            {
                throw new ArgumentException($"The rating level '{levels[i]}' is listed twice.", nameof(levels));
            }
        }

        NumericValues = TryParseAll(levels);
    }

    /// <summary>The level labels, lowest first when <see cref="IsOrdered"/>.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Whether the levels are in scale order, which weighted kappa needs.</summary>
    public bool IsOrdered { get; }

    /// <summary>The number each label stands for, when every label is a number (needed for the ICC); otherwise null.</summary>
    public IReadOnlyList<double>? NumericValues { get; }

    public bool IsNumeric => NumericValues is not null;

    public int Count => Levels.Count;

    /// <summary>A scale whose order is the order given (lowest first), e.g. absent, partly present, present.</summary>
    public static RatingScale Ordered(IEnumerable<string> levelsLowestFirst) =>
        new([.. levelsLowestFirst], isOrdered: true);

    /// <summary>Numeric levels, ordered by value.</summary>
    public static RatingScale Numeric(IEnumerable<double> values) =>
        new([.. values.Distinct().Order().Select(v => v.ToString("R", CultureInfo.InvariantCulture))], isOrdered: true);

    /// <summary>Categories with no order (nominal): only unweighted kappa applies.</summary>
    public static RatingScale Unordered(IEnumerable<string> categories) =>
        new([.. categories], isOrdered: false);

    /// <summary>The position of a label (compared trimmed, ignoring case), or -1 when it is not on the scale.</summary>
    public int IndexOf(string label) => indexByLabel.TryGetValue(label.Trim(), out var index) ? index : -1;

    internal static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static double[]? TryParseAll(IReadOnlyList<string> labels)
    {
        var values = new double[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            if (!TryParseNumber(labels[i], out values[i]))
            {
                return null;
            }
        }

        return values;
    }
}
