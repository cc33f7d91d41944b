namespace Offramp.Statistics.Disclosure;

/// <summary>The decision for every proposed cell of a bundle, with what the bundle builder needs to explain it.</summary>
public sealed class DisclosureDecision
{
    private readonly Dictionary<string, CellDecision> byKey;

    internal DisclosureDecision(
        DisclosureRules rules, IReadOnlyList<CellDecision> cells, IReadOnlyList<CountCell> derivableFromEarlierReleases, bool groupCheckComplete)
    {
        GroupCheckComplete = groupCheckComplete;
        Rules = rules;
        Cells = cells;
        DerivableFromEarlierReleases = derivableFromEarlierReleases;
        byKey = cells.ToDictionary(cell => cell.Key, StringComparer.Ordinal);
        PrimarySuppressions = cells.Count(cell => cell is SuppressedCell { Kind: SuppressionKind.Primary });
        SecondarySuppressions = cells.Count(cell => cell is SuppressedCell { Kind: SuppressionKind.Secondary });
    }

    /// <summary>The rules the decision was made under.</summary>
    public DisclosureRules Rules { get; }

    /// <summary>One decision per proposed cell, in the order the cells were proposed.</summary>
    public IReadOnlyList<CellDecision> Cells { get; }

    /// <summary>Proposed cells withheld because their count is small.</summary>
    public int PrimarySuppressions { get; }

    /// <summary>Proposed cells withheld so that no small count can be recomputed.</summary>
    public int SecondarySuppressions { get; }

    /// <summary>
    /// Protected cells (atoms keyed "atom:N") whose small counts could already be recomputed from earlier releases alone.
    /// No new bundle can hide them again, so they are reported rather than thrown: they are not this bundle's fault, and
    /// the bundle still adds no further disclosure.
    /// </summary>
    public IReadOnlyList<CountCell> DerivableFromEarlierReleases { get; }

    /// <summary>
    /// Whether the search for small groups of atoms revealed together (beyond the protected cells and atoms, which are
    /// always checked in full) ran to the end. It is bounded; a table with very many atoms of one or two people could
    /// exhaust it, and a bundle builder should then not publish the bundle as it is (coarsen the breakdowns instead).
    /// </summary>
    public bool GroupCheckComplete { get; }

    /// <summary>The decision for a proposed cell's key.</summary>
    public CellDecision this[string key] => byKey[key];

    /// <summary>
    /// Whether the rate numerator / (numerator + complement) may be published, by <see cref="RatePublication.MayPublish"/>:
    /// only when both the numerator and its complement (the denominator's other people) are published cells.
    /// </summary>
    public bool MayPublishRate(string numeratorKey, string complementKey) => RatePublication.MayPublish(this[numeratorKey], this[complementKey], Rules);
}
