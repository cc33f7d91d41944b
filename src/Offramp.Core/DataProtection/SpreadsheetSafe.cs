using System.Text;

namespace Offramp.Core.DataProtection;

/// <summary>
/// CSV that a spreadsheet can open without running anything. A cell beginning with =, +, -, @, tab or carriage return
/// is read as a formula by Excel, LibreOffice and Sheets (CSV injection), so it gets a leading apostrophe; every cell is
/// then quoted as RFC 4180 says. Use this for every CSV export.
/// </summary>
public static class SpreadsheetSafe
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The value with a leading apostrophe when a spreadsheet would read it as a formula.</summary>
    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;

    /// <summary>One CSV field: neutralised, quoted, inner quotes doubled.</summary>
    public static string Field(string? value) => "\"" + Neutralise(value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>One CSV line (CRLF-terminated, as RFC 4180 and spreadsheets expect).</summary>
    public static string Row(params IEnumerable<string?> values) => string.Join(',', values.Select(Field)) + "\r\n";

    /// <summary>A whole CSV document: header then rows.</summary>
    public static string Document(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var csv = new StringBuilder(Row(header));
        foreach (var row in rows)
        {
            csv.Append(Row(row));
        }

        return csv.ToString();
    }
}
