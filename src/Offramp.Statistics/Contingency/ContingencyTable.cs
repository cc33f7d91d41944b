using System.Collections.Immutable;

namespace Offramp.Statistics.Contingency;

/// <summary>
/// An r×c table of counts: rows are groups (e.g. completers, early leavers), columns are outcome levels.
/// For a 2×2 table the cells are [[a, b], [c, d]] and effect measures refer to the first column.
/// </summary>
public sealed class ContingencyTable
{
    private ContingencyTable(ImmutableArray<string> rowLabels, ImmutableArray<string> columnLabels, ImmutableArray<ImmutableArray<long>> counts)
    {
        RowLabels = rowLabels;
        ColumnLabels = columnLabels;
        Counts = counts;
        RowTotals = [.. counts.Select(row => row.Sum())];
        ColumnTotals = [.. Enumerable.Range(0, columnLabels.Length).Select(c => counts.Sum(row => row[c]))];
        Total = RowTotals.Sum();
    }

    /// <summary>Row (group) labels.</summary>
    public ImmutableArray<string> RowLabels { get; }

    /// <summary>Column (outcome level) labels.</summary>
    public ImmutableArray<string> ColumnLabels { get; }

    /// <summary>Counts, row by row.</summary>
    public ImmutableArray<ImmutableArray<long>> Counts { get; }

    /// <summary>Row totals.</summary>
    public ImmutableArray<long> RowTotals { get; }

    /// <summary>Column totals.</summary>
    public ImmutableArray<long> ColumnTotals { get; }

    /// <summary>Grand total.</summary>
    public long Total { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount => RowLabels.Length;

    /// <summary>Number of columns.</summary>
    public int ColumnCount => ColumnLabels.Length;

    /// <summary>True for a 2×2 table, where exact tests and effect measures apply.</summary>
    public bool IsTwoByTwo => RowCount == 2 && ColumnCount == 2;

    /// <summary>The count in one cell.</summary>
    public long this[int row, int column] => Counts[row][column];

    /// <summary>Builds a table from counts; labels default to 1, 2, ...</summary>
    public static ContingencyTable FromCounts(long[,] counts, IReadOnlyList<string>? rowLabels = null, IReadOnlyList<string>? columnLabels = null)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException("A contingency table needs at least one row and one column.", nameof(counts));
        }

        var built = ImmutableArray.CreateBuilder<ImmutableArray<long>>(rows);
        for (var r = 0; r < rows; r++)
        {
            var row = new long[columns];
            for (var c = 0; c < columns; c++)
            {
                if (counts[r, c] < 0)
                {
                    throw new ArgumentException("Counts cannot be negative.", nameof(counts));
                }

                row[c] = counts[r, c];
            }

            built.Add([.. row]);
        }

        return new ContingencyTable(Labels(rowLabels, rows, nameof(rowLabels)), Labels(columnLabels, columns, nameof(columnLabels)), built.MoveToImmutable());
    }

    /// <summary>Cross-tabulates two coded variables (codes index into the label lists).</summary>
    public static ContingencyTable CrossTabulate(
        ReadOnlySpan<int> rowCodes,
        IReadOnlyList<string> rowLabels,
        ReadOnlySpan<int> columnCodes,
        IReadOnlyList<string> columnLabels)
    {
        if (rowCodes.Length != columnCodes.Length)
        {
            throw new ArgumentException("Row and column codes differ in length.", nameof(columnCodes));
        }

        var counts = new long[rowLabels.Count, columnLabels.Count];
        for (var i = 0; i < rowCodes.Length; i++)
        {
            counts[rowCodes[i], columnCodes[i]]++;
        }

        return FromCounts(counts, rowLabels, columnLabels);
    }

    internal double[,] ToDoubles()
    {
        var values = new double[RowCount, ColumnCount];
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                values[r, c] = Counts[r][c];
            }
        }

        return values;
    }

    internal void RequireTwoByTwo(string what)
    {
        if (!IsTwoByTwo)
        {
            throw new ArgumentException($"{what} needs a 2×2 table; this one is {RowCount}×{ColumnCount}.");
        }
    }

    private static ImmutableArray<string> Labels(IReadOnlyList<string>? labels, int count, string parameter)
    {
        if (labels is null)
        {
            return [.. Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }

        if (labels.Count != count)
        {
            throw new ArgumentException($"Expected {count} labels, got {labels.Count}.", parameter);
        }

        return [.. labels];
    }
}
