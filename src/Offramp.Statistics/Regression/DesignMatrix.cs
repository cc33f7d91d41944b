namespace Offramp.Statistics.Regression;

/// <summary>
/// Covariates expanded into model columns (row-major, one row per observation), with R's column names:
/// a numeric covariate is one column; a categorical one gets an indicator per non-reference level.
/// </summary>
public sealed class DesignMatrix
{
    private DesignMatrix(double[] values, int rows, string[] names, string[] sources)
    {
        Values = values;
        Rows = rows;
        Names = names;
        Sources = sources;
    }

    /// <summary>Row-major values: row i, column j at [i * Columns + j].</summary>
    public double[] Values { get; }

    public int Rows { get; }

    public int Columns => Names.Length;

    /// <summary>Column names as R prints them (e.g. <c>age</c>, <c>genderM</c>).</summary>
    public string[] Names { get; }

    /// <summary>The covariate each column came from.</summary>
    public string[] Sources { get; }

    public double this[int row, int column] => Values[(row * Names.Length) + column];

    public static DesignMatrix Create(IReadOnlyList<Covariate> covariates) => Create(covariates, default);

    /// <summary>
    /// The design with its rows in <paramref name="order"/>: row i holds observation order[i] (input order when empty).
    /// A model that sorts its data (Cox) builds its design sorted, rather than building it and copying every row.
    /// </summary>
    internal static DesignMatrix Create(IReadOnlyList<Covariate> covariates, ReadOnlySpan<int> order)
    {
        if (covariates.Count == 0)
        {
            throw new ArgumentException("A model needs at least one covariate.", nameof(covariates));
        }

        var rows = covariates[0].Count;
        if (covariates.Any(c => c.Count != rows))
        {
            throw new ArgumentException("Every covariate needs one value per row.", nameof(covariates));
        }

        if (!order.IsEmpty && order.Length != rows)
        {
            throw new ArgumentException("The order needs one entry per row.", nameof(order));
        }

        var names = covariates.SelectMany(c => c.ColumnNames()).ToArray();
        var sources = covariates.SelectMany(c => c.ColumnNames().Select(_ => c.Name)).ToArray();
        var ordered = !order.IsEmpty;
        var width = names.Length;
        // Each covariate's first column, and for a categorical one the column offset of each level (-1 for the
        // reference level, whose row stays all zero).
        var first = new int[covariates.Count];
        var numbersOf = covariates.Select(c => c.Values).ToArray();
        var codesOf = covariates.Select(c => c.Codes).ToArray();
        var levelOffsets = new int[covariates.Count][];
        var column = 0;
        for (var c = 0; c < covariates.Count; c++)
        {
            first[c] = column;
            if (covariates[c].Values is not null)
            {
                column++;
                continue;
            }

            var offsets = new int[covariates[c].Levels.Count];
            var next = 0;
            for (var level = 0; level < offsets.Length; level++)
            {
                offsets[level] = level == covariates[c].ReferenceLevel ? -1 : next++;
            }

            levelOffsets[c] = offsets;
            column += next;
        }

        // Filled row by row, one pass in memory order: a pass per covariate over a design of a million rows went
        // through all of its memory once per covariate.
        var values = new double[rows * width];
        for (var i = 0; i < rows; i++)
        {
            var source = ordered ? order[i] : i;
            var row = i * width;
            for (var c = 0; c < first.Length; c++)
            {
                if (numbersOf[c] is { } numbers)
                {
                    values[row + first[c]] = numbers[source];
                }
                else if (levelOffsets[c][codesOf[c]![source]] is var offset and >= 0)
                {
                    values[row + first[c] + offset] = 1;
                }
            }
        }

        return new DesignMatrix(values, rows, names, sources);
    }
}
