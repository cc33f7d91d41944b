namespace Offramp.Analysis.Csv;

/// <summary>How a CSV column's values are read.</summary>
public enum ColumnKind
{
    /// <summary>A finite number.</summary>
    Number,

    /// <summary>A non-negative number (follow-up time).</summary>
    NonNegativeNumber,

    /// <summary>0 or 1 (event indicator).</summary>
    ZeroOrOne,

    /// <summary>A label (group, stratum, outcome level, subject).</summary>
    Label,
}

/// <summary>A column to read: its header name, kind, and the command option that named it (for messages).</summary>
public sealed record ColumnRequest(string Name, ColumnKind Kind, string Option);
