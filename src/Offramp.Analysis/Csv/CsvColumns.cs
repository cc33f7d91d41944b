namespace Offramp.Analysis.Csv;

/// <summary>The requested columns of a CSV file, parsed into arrays (rows with a blank requested value left out).</summary>
public sealed class CsvColumns
{
    private readonly Dictionary<string, double[]> numbers;
    private readonly Dictionary<string, bool[]> flags;
    private readonly Dictionary<string, LabelColumn> labels;
    private readonly Dictionary<string, int[]> causes;

    internal CsvColumns(int rowCount, int skippedRows, ColumnValues values)
    {
        RowCount = rowCount;
        SkippedRows = skippedRows;
        numbers = values.Numbers;
        flags = values.Flags;
        labels = values.Labels;
        causes = values.Causes;
    }

    /// <summary>Rows read (those with every requested value present).</summary>
    public int RowCount { get; }

    /// <summary>Rows left out because a requested value was blank, as R's na.omit would.</summary>
    public int SkippedRows { get; }

    public double[] Numbers(string column) => numbers[column];

    /// <summary>Whether a <see cref="ColumnKind.NumberOrLabel"/> column turned out numeric.</summary>
    public bool IsNumeric(string column) => numbers.ContainsKey(column);

    public bool[] Flags(string column) => flags[column];

    public LabelColumn Labels(string column) => labels[column];

    /// <summary>A <see cref="ColumnKind.Cause"/> column's codes.</summary>
    public int[] Causes(string column) => causes[column];
}
