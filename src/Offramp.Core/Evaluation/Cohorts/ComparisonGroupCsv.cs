using System.Globalization;

using Offramp.Core.Participants;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Reads a comparison group's CSV (header <c>months_at_risk,event[,gender]</c>) and checks every row, collecting every
/// problem rather than stopping at the first, so the evaluator can fix the whole file at once. Rows are numbered as a
/// spreadsheet numbers them: the header is row 1. A cell quoted back in a message is shortened and, when it begins
/// with =, +, -, @, tab or carriage return, given a leading apostrophe as <see cref="DataProtection.SpreadsheetCsv"/>
/// does, so a message pasted into a spreadsheet never runs as a formula.
/// </summary>
public static class ComparisonGroupCsv
{
    public const int MaxRows = 100_000;

    public const string MonthsColumn = "months_at_risk";

    public const string EventColumn = "event";

    public const string GenderColumn = "gender";

    private const int QuotedCellLength = 40;

    public static ComparisonGroupParse Parse(string csv)
    {
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines[0].Trim().TrimStart('\uFEFF').Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var months = Array.IndexOf(header, MonthsColumn);
        var events = Array.IndexOf(header, EventColumn);
        var gender = Array.IndexOf(header, GenderColumn);
        if (months < 0 || events < 0)
        {
            return new([], [new(1, null, "The first line must name the columns months_at_risk and event (and optionally gender).")]);
        }

        var rows = new List<ComparisonGroupRow>();
        var problems = new List<ComparisonGroupProblem>();
        var dataRows = 0;
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            if (++dataRows > MaxRows)
            {
                return new([], [new(n + 1, null, $"A comparison group is limited to {MaxRows:N0} rows.")]);
            }

            if (ParseRow(lines[n].Split(',').Select(c => c.Trim()).ToArray(), n + 1, header.Length, months, events, gender, problems) is { } row)
            {
                rows.Add(row);
            }
        }

        if (dataRows == 0)
        {
            problems.Add(new(2, null, "The file has a header but no rows."));
        }

        return problems.Count == 0 ? new(rows, []) : new([], problems);
    }

    /// <summary>The row, or null with its problems added: every cell is checked, so one row can name several columns.</summary>
    private static ComparisonGroupRow? ParseRow(string[] cells, int line, int columns, int months, int events, int gender, List<ComparisonGroupProblem> problems)
    {
        if (cells.Length < columns)
        {
            problems.Add(new(line, null, $"{cells.Length} values; the header names {columns}."));
            return null;
        }

        var before = problems.Count;
        if (!double.TryParse(cells[months], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) || !double.IsFinite(m) || m < 0 || m > 1200)
        {
            problems.Add(new(line, MonthsColumn, $"must be a number from 0 to 1200 (got '{Quote(cells[months])}')."));
        }

        bool? happened = cells[events] switch { "1" => true, "0" => false, _ => null };
        if (happened is null)
        {
            problems.Add(new(line, EventColumn, $"must be 1 or 0 (got '{Quote(cells[events])}')."));
        }

        var g = Gender.NotRecorded;
        if (gender >= 0 && cells[gender].Length > 0 && (!Enum.TryParse(cells[gender], ignoreCase: true, out g) || !Enum.IsDefined(g) || char.IsDigit(cells[gender][0])))
        {
            problems.Add(new(line, GenderColumn, $"must be Female, Male, Other or empty (got '{Quote(cells[gender])}')."));
        }

        return problems.Count > before ? null : new ComparisonGroupRow { MonthsAtRisk = m, Event = happened!.Value, Gender = g };
    }

    /// <summary>A cell as a message may quote it: short, and never able to start a spreadsheet formula.</summary>
    public static string Quote(string cell)
    {
        var shown = cell.Length <= QuotedCellLength ? cell : cell[..QuotedCellLength] + "…";
        return shown.Length > 0 && shown[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + shown : shown;
    }
}

/// <summary>The rows when the whole file is good; otherwise no rows and every problem found.</summary>
public sealed record ComparisonGroupParse(IReadOnlyList<ComparisonGroupRow> Rows, IReadOnlyList<ComparisonGroupProblem> Problems);

/// <summary>A problem in a row (spreadsheet numbering, header = 1) and, where one cell is at fault, its column.</summary>
public sealed record ComparisonGroupProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"Row {Row}: {Message}" : $"Row {Row}, column {Column}: {Message}";
}
