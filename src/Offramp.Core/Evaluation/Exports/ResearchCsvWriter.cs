using CsvHelper;

using Offramp.Core.DataProtection;

namespace Offramp.Core.Evaluation.Exports;

/// <summary>One CSV file of a research export, written row by row through <see cref="SpreadsheetCsv"/>.</summary>
public sealed class ResearchCsvWriter : IResearchTableWriter
{
    private readonly CsvWriter csv;

    private ResearchCsvWriter(CsvWriter csv) => this.csv = csv;

    public static async Task<ResearchCsvWriter> CreateAsync(string path, ResearchTable table, CancellationToken ct)
    {
        var csv = SpreadsheetCsv.ToFile(path);
        await SpreadsheetCsv.WriteRowAsync(csv, table.Columns.Select(column => column.Name), ct);
        return new ResearchCsvWriter(csv);
    }

    public ValueTask WriteAsync(object?[] row, CancellationToken ct) => SpreadsheetCsv.WriteRowAsync(csv, row, ct);

    public async ValueTask DisposeAsync()
    {
        await csv.FlushAsync(CancellationToken.None);
        await csv.DisposeAsync();
    }
}
