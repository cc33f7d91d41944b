namespace Offramp.Statistics.Disclosure;

/// <summary>
/// A count of people as a set of disjoint atoms (the finest groups the publisher counts, e.g. year × gender × age
/// band × outcome): its true value is the sum of its atoms' counts. <see cref="Key"/> names it, e.g. "2024|participants|gender=female".
/// </summary>
public sealed record CountCell(string Key, IReadOnlyList<int> Atoms);

/// <summary>
/// What to decide: the atoms' true counts; the cells a new release proposes; the cells earlier releases published (their
/// exact values are assumed known to everyone); and further cells whose small counts must never become derivable.
/// </summary>
public sealed record DisclosureProblem(
    IReadOnlyList<long> AtomCounts,
    IReadOnlyList<CountCell> Proposed,
    IReadOnlyList<CountCell> AlreadyPublished,
    IReadOnlyList<CountCell> AlsoProtect);

public enum CellOutcomeKind
{
    Published,

    /// <summary>Below the threshold.</summary>
    PrimarySuppressed,

    /// <summary>Not small itself, but publishing it would let a small count be worked out from others.</summary>
    SecondarySuppressed,
}

/// <summary>One proposed cell's fate: its rounded value when published.</summary>
public sealed record CellOutcome(CellOutcomeKind Kind, long TrueCount, long? PublishedValue);

/// <summary>The decision for every proposed cell, by key, with the number of each kind of suppression.</summary>
public sealed record DisclosureDecision(IReadOnlyDictionary<string, CellOutcome> Outcomes, int PrimarySuppressions, int SecondarySuppressions, int AlreadyDerivable);
