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
        var values = new double[rows * width];
        var column = 0;
        foreach (var covariate in covariates)
        {
            if (covariate.Values is { } numbers)
            {
                for (var i = 0; i < rows; i++)
                {
                    values[(i * width) + column] = numbers[ordered ? order[i] : i];
                }

                column++;
                continue;
            }

            // Level l (other than the reference) maps to column offset; the reference row stays all zero.
            var offsets = new int[covariate.Levels.Count];
            var next = 0;
            for (var level = 0; level < offsets.Length; level++)
            {
                offsets[level] = level == covariate.ReferenceLevel ? -1 : next++;
            }

            var codes = covariate.Codes!;
            for (var i = 0; i < rows; i++)
            {
                var offset = offsets[codes[ordered ? order[i] : i]];
                if (offset >= 0)
                {
                    values[(i * width) + column + offset] = 1;
                }
            }

            column += next;
        }

        return new DesignMatrix(values, rows, names, sources);
    }
}
