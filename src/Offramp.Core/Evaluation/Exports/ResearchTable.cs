namespace Offramp.Core.Evaluation.Exports;

/// <summary>A table of the export as the codebook describes it: columns are text or whole numbers, nothing else.</summary>
public sealed record ResearchTable(string Name, string Description, IReadOnlyList<ResearchColumn> Columns);

public sealed record ResearchColumn(string Name, ColumnType Type, string Description, string? Categories = null);

public enum ColumnType
{
    Text,

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The codebook names the type 'integer', the word researchers read.")]
    Integer,
}

/// <summary>Receives rows of one table (values: string, int or null, in column order) and writes them as they come.</summary>
public interface IResearchTableWriter : IAsyncDisposable
{
    ValueTask WriteAsync(object?[] row, CancellationToken ct);
}
