namespace Offramp.Statistics.Disclosure;

/// <summary>
/// What happens to one proposed cell: <see cref="PublishedCell"/> or <see cref="SuppressedCell"/>, nothing else. The true
/// count is deliberately not carried, so a decision can be serialised without leaking it.
/// </summary>
public abstract record CellDecision
{
    private protected CellDecision(CountCell cell) => Cell = cell;

    /// <summary>The proposed cell.</summary>
    public CountCell Cell { get; }

    /// <summary>The cell's key.</summary>
    public string Key => Cell.Key;

    /// <summary>Whether the count is published.</summary>
    public bool IsPublished => this is PublishedCell;
}

/// <summary>A cell published with its rounded count.</summary>
public sealed record PublishedCell : CellDecision
{
    internal PublishedCell(CountCell cell, long value)
        : base(cell) => Value = value;

    /// <summary>The rounded count to publish (see <see cref="CountRounding"/>); never below the threshold.</summary>
    public long Value { get; }
}

/// <summary>A cell published as null with suppressed = true.</summary>
public sealed record SuppressedCell : CellDecision
{
    internal SuppressedCell(CountCell cell, SuppressionKind kind)
        : base(cell) => Kind = kind;

    /// <summary>Primary (the count is small) or secondary (publishing it would reveal a small count).</summary>
    public SuppressionKind Kind { get; }
}
