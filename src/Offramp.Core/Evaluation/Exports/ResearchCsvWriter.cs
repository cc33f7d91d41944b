using System.Globalization;

using CsvHelper;

using Offramp.Core.DataProtection;

namespace Offramp.Core.Evaluation.Exports;

/// <summary>
/// One CSV file (UTF-8, RFC 4180, CRLF), written row by row with CsvHelper. Text goes through
/// <see cref="SpreadsheetSafe.Neutralise"/> first, so a cell a spreadsheet would read as a formula starts with an apostrophe.
/// </summary>
public sealed class ResearchCsvWriter : IResearchTableWriter
{
    private readonly CsvWriter csv;

    private ResearchCsvWriter(CsvWriter csv) => this.csv = csv;

    public static async Task<ResearchCsvWriter> CreateAsync(string path, ResearchTable table, CancellationToken ct)
    {
        var csv = CsvWriter.Create(File.Create(path), CsvWriterOptions.Default, false);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.EndRecordAsync(ct);
        return new ResearchCsvWriter(csv);
    }

    public async ValueTask WriteAsync(object?[] row, CancellationToken ct)
    {
        foreach (var value in row)
        {
            csv.WriteField(value switch
            {
                null => "",
                int number => number.ToString(CultureInfo.InvariantCulture),
                string text => SpreadsheetSafe.Neutralise(text),
                _ => throw new InvalidOperationException($"A research table holds text and whole numbers only, not {value.GetType().Name}."),
            });
        }

        await csv.EndRecordAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await csv.FlushAsync(CancellationToken.None);
        await csv.DisposeAsync();
    }
}
