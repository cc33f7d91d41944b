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

    /// <summary>A covariate: numeric when every value is a number (as R's read.csv decides), otherwise categorical.</summary>
    NumberOrLabel,

    /// <summary>A non-negative integer code (0 = censored, 1..k = competing causes).</summary>
    Cause,

    /// <summary>A positive number (case weight).</summary>
    PositiveNumber,
}

/// <summary>A column to read: its header name, kind, and the command option that named it (for messages).</summary>
public sealed record ColumnRequest(string Name, ColumnKind Kind, string Option);
