using System.Globalization;

using Offramp.Core.Common;
using Offramp.Core.Participants;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Reads a comparison group's CSV and checks every row, collecting every
/// problem rather than stopping at the first, so the evaluator can fix the whole file at once. Rows are numbered as a
/// spreadsheet numbers them: the header is row 1. A cell quoted back in a message is shortened and, when it begins
/// with =, +, -, @, tab or carriage return, given a leading apostrophe as <see cref="DataProtection.SpreadsheetCsv"/>
/// does, so a message pasted into a spreadsheet never runs as a formula. The header says the design: <c>months_at_risk,event[,gender]</c>
/// for time to an adverse event, <c>baseline,follow_up[,gender]</c> for a score measured twice.
/// </summary>
public static class ComparisonGroupCsv
{
    public const int MaxRows = 100_000;

    public const string MonthsColumn = "months_at_risk";

    public const string EventColumn = "event";

    public const string GenderColumn = "gender";

    public const string BaselineColumn = "baseline";

    public const string FollowUpColumn = "follow_up";

    private const int QuotedCellLength = 40;

    public static ComparisonGroupParse Parse(string csv)
    {
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines[0].Trim().TrimStart('\uFEFF').Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var months = Array.IndexOf(header, MonthsColumn);
        var events = Array.IndexOf(header, EventColumn);
        var gender = Array.IndexOf(header, GenderColumn);
        var baseline = Array.IndexOf(header, BaselineColumn);
        var followUp = Array.IndexOf(header, FollowUpColumn);
        var design = baseline >= 0 && followUp >= 0 ? ComparisonDesign.RepeatedMeasures : ComparisonDesign.TimeToEvent;
        if (design == ComparisonDesign.TimeToEvent && (months < 0 || events < 0))
        {
            return new(design, [], [new(1, null, Phrase.Of("The first line must name the columns months_at_risk and event (time to an adverse event), or baseline and follow_up (a score measured twice), and optionally gender."))]);
        }

        var rows = new List<ComparisonGroupRow>();
        var scores = new List<ComparisonGroupScore>();
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
                return new(design, [], [new(n + 1, null, Phrase.Of($"A comparison group is limited to {MaxRows:N0} rows."))]);
            }

            var cells = lines[n].Split(',').Select(c => c.Trim()).ToArray();
            if (design == ComparisonDesign.RepeatedMeasures)
            {
                if (ParseScores(cells, n + 1, header.Length, baseline, followUp, gender, problems) is { } score)
                {
                    scores.Add(score);
                }
            }
            else if (ParseRow(cells, n + 1, header.Length, months, events, gender, problems) is { } row)
            {
                rows.Add(row);
            }
        }

        if (dataRows == 0)
        {
            problems.Add(new(2, null, Phrase.Of("The file has a header but no rows.")));
        }

        return problems.Count == 0 ? new(design, rows, [], scores) : new(design, [], problems);
    }

    /// <summary>A repeated-measures row, or null with its problems added.</summary>
    private static ComparisonGroupScore? ParseScores(string[] cells, int line, int columns, int baseline, int followUp, int gender, List<ComparisonGroupProblem> problems)
    {
        if (cells.Length < columns)
        {
            problems.Add(new(line, null, Phrase.Of($"{cells.Length} values; the header names {columns}.")));
            return null;
        }

        var before = problems.Count;
        var first = Score(cells[baseline], line, BaselineColumn, problems);
        var second = Score(cells[followUp], line, FollowUpColumn, problems);
        var g = GenderOf(cells, gender, line, problems);
        return problems.Count > before ? null : new ComparisonGroupScore { Baseline = first, FollowUp = second, Gender = g };
    }

    private static double Score(string cell, int line, string column, List<ComparisonGroupProblem> problems)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) <= 1e6)
        {
            return value;
        }

        problems.Add(new(line, column, Phrase.Of($"must be a number (got '{Quoted(cell)}').")));
        return 0;
    }

    private static Gender GenderOf(string[] cells, int gender, int line, List<ComparisonGroupProblem> problems)
    {
        var g = Gender.NotRecorded;
        if (gender >= 0 && cells[gender].Length > 0 && (!Enum.TryParse(cells[gender], ignoreCase: true, out g) || !Enum.IsDefined(g) || char.IsDigit(cells[gender][0])))
        {
            problems.Add(new(line, GenderColumn, Phrase.Of($"must be Female, Male, Other or empty (got '{Quoted(cells[gender])}').")));
        }

        return g;
    }

    /// <summary>The row, or null with its problems added: every cell is checked, so one row can name several columns.</summary>
    private static ComparisonGroupRow? ParseRow(string[] cells, int line, int columns, int months, int events, int gender, List<ComparisonGroupProblem> problems)
    {
        if (cells.Length < columns)
        {
            problems.Add(new(line, null, Phrase.Of($"{cells.Length} values; the header names {columns}.")));
            return null;
        }

        var before = problems.Count;
        if (!double.TryParse(cells[months], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) || !double.IsFinite(m) || m < 0 || m > 1200)
        {
            problems.Add(new(line, MonthsColumn, Phrase.Of($"must be a number from 0 to 1200 (got '{Quoted(cells[months])}').")));
        }

        bool? happened = cells[events] switch { "1" => true, "0" => false, _ => null };
        if (happened is null)
        {
            problems.Add(new(line, EventColumn, Phrase.Of($"must be 1 or 0 (got '{Quoted(cells[events])}').")));
        }

        var g = GenderOf(cells, gender, line, problems);
        return problems.Count > before ? null : new ComparisonGroupRow { MonthsAtRisk = m, Event = happened!.Value, Gender = g };
    }

    /// <summary>A cell quoted in a message is the file's text, shown as written in every language.</summary>
    private static Phrase Quoted(string cell) => Phrase.Verbatim(Quote(cell));

    /// <summary>A cell as a message may quote it: short, and never able to start a spreadsheet formula.</summary>
    public static string Quote(string cell)
    {
        var shown = cell.Length <= QuotedCellLength ? cell : cell[..QuotedCellLength] + "…";
        return shown.Length > 0 && shown[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + shown : shown;
    }
}

/// <summary>The rows (or, for repeated measures, the scores) when the whole file is good; otherwise none and every problem found.</summary>
public sealed record ComparisonGroupParse(ComparisonDesign Design, IReadOnlyList<ComparisonGroupRow> Rows, IReadOnlyList<ComparisonGroupProblem> Problems, IReadOnlyList<ComparisonGroupScore>? Scores = null)
{
    public int Count => Design == ComparisonDesign.RepeatedMeasures ? (Scores?.Count ?? 0) : Rows.Count;
}

/// <summary>A problem in a row (spreadsheet numbering, header = 1) and, where one cell is at fault, its column.</summary>
public sealed record ComparisonGroupProblem(int Row, string? Column, Phrase Message)
{
    /// <summary>The problem with its row and column, for the reader's language; the column is the file's header, shown as written.</summary>
    public Phrase Wording => Column is null ? Phrase.Of($"Row {Row}: {Message}") : Phrase.Of($"Row {Row}, column {Phrase.Verbatim(Column)}: {Message}");

    /// <summary>The English text (the API's and the logs').</summary>
    public override string ToString() => Wording.ToString();
}
