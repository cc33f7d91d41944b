namespace Offramp.Analysis.Csv;

/// <summary>The parsed columns by name, one dictionary per kind of array the sinks store.</summary>
internal sealed class ColumnValues
{
    public Dictionary<string, double[]> Numbers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, bool[]> Flags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LabelColumn> Labels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int[]> Causes { get; } = new(StringComparer.Ordinal);
}
