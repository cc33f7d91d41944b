using System.Globalization;

using CsvHelper;

namespace Offramp.Core.DataProtection;

/// <summary>
/// The one way the app writes CSV (RFC 4180, CRLF, quotes where a field needs them), so that a spreadsheet can open
/// any export without running anything. Text beginning with =, +, -, @, tab or carriage return is read as a formula by
/// Excel, LibreOffice and Sheets (CSV injection), so CsvHelper puts an apostrophe in front of it; numbers are written
/// as numbers and keep their sign, so a negative figure stays a figure.
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    /// <summary>A writer to a new file, for exports written row by row.</summary>
    public static CsvWriter ToFile(string path) => CsvWriter.ToFile(path, Options);

    /// <summary>A whole CSV document: header then rows.</summary>
    public static string Document(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            WriteRow(csv, header);
            foreach (var row in rows)
            {
                WriteRow(csv, row);
            }
        }

        return text.ToString();
    }

    /// <summary>One record, ended at once.</summary>
    public static void WriteRow(CsvWriter csv, IEnumerable<object?> row)
    {
        WriteFields(csv, row);
        csv.EndRecord();
    }

    /// <summary>One record, ended asynchronously: the end of a record is where the writer may write to the file.</summary>
    public static async ValueTask WriteRowAsync(CsvWriter csv, IEnumerable<object?> row, CancellationToken ct)
    {
        WriteFields(csv, row);
        await csv.EndRecordAsync(ct);
    }

    /// <summary>The fields of a record: text through the injection escape, numbers as numbers, null as an empty field.</summary>
    private static void WriteFields(CsvWriter csv, IEnumerable<object?> row)
    {
        foreach (var value in row)
        {
            switch (value)
            {
                case null:
                    csv.WriteField("");
                    break;
                case int number:
                    csv.WriteField(number, default);
                    break;
                case long number:
                    csv.WriteField(number, default);
                    break;
                case double number:
                    csv.WriteField(number, default);
                    break;
                case string text:
                    csv.WriteField(text);
                    break;
                default:
                    throw new InvalidOperationException($"A CSV export holds text and numbers only, not {value.GetType().Name}.");
            }
        }
    }
}
