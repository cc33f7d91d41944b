using Offramp.Core.Evidence.Bundles;
using Offramp.Statistics.Disclosure;

namespace Offramp.Core.Evidence.Building;

/// <summary>A kind of count over a <see cref="CellBlock"/>: which statuses it sums, and whether this bundle proposes it or only protects it.</summary>
public sealed record CellMeasure(string Name, Func<int, bool> Statuses, bool Proposed);

/// <summary>What disclosure control decided for the proposed counts of one block: the published (rounded) value, or null.</summary>
public sealed record BlockDecision(IReadOnlyDictionary<string, int?> Values, IReadOnlyDictionary<string, long> TrueCounts, int Primary, int Secondary)
{
    public EvidenceCount Count(string key) => Values[key] is { } v ? EvidenceCount.Of(v) : EvidenceCount.Withheld;

    public long True(string key) => TrueCounts[key];
}

/// <summary>
/// Lays out every count of one block that any reporting period could publish (every year, every cumulative period
/// known), marks what earlier releases already published and what this proposal would publish, and lets disclosure
/// control decide. Counts no one proposes are still protected: no combination of published ones may give them away.
/// </summary>
public static class BlockDisclosure
{
    public static BlockDecision Decide(
        CellBlock block,
        EvidenceDimensions dimensions,
        EvidencePeriod proposing,
        IEnumerable<EvidencePeriod> otherPeriods,
        IReadOnlyList<CellMeasure> measures,
        IReadOnlySet<string> alreadyPublished,
        DisclosureRules rules)
    {
        var proposed = new List<CountCell>();
        var published = new List<CountCell>();
        var protect = new List<CountCell>();
        var proposingCode = EvidenceCellKeys.PeriodCode(proposing);
        foreach (var period in otherPeriods.Prepend(proposing).DistinctBy(EvidenceCellKeys.PeriodCode))
        {
            var code = EvidenceCellKeys.PeriodCode(period);
            var years = EvidenceCellKeys.Years(period);
            foreach (var measure in measures)
            {
                foreach (var cell in CellsOf(block, dimensions, code, years, measure))
                {
                    if (code == proposingCode && measure.Proposed)
                    {
                        proposed.Add(cell);
                    }
                    else if (alreadyPublished.Contains(cell.Key))
                    {
                        published.Add(cell);
                    }
                    else
                    {
                        protect.Add(cell);
                    }
                }
            }
        }

        var decision = DisclosureControl.Decide(new DisclosureProblem(block.AtomCounts, proposed, published, protect), rules);
        if (!decision.GroupCheckComplete)
        {
            // The search for small groups ran out of steps: publishing would be a guess, so nothing of the block leaves.
            return new BlockDecision(proposed.ToDictionary(c => c.Key, _ => (int?)null), proposed.ToDictionary(c => c.Key, block.CountOf), 0, proposed.Count);
        }

        var values = proposed.ToDictionary(c => c.Key, c => decision[c.Key] is PublishedCell p ? (int?)checked((int)p.Value) : null);
        var counts = proposed.ToDictionary(c => c.Key, block.CountOf);
        return new BlockDecision(values, counts, decision.PrimarySuppressions, decision.SecondarySuppressions);
    }

    private static IEnumerable<CountCell> CellsOf(CellBlock block, EvidenceDimensions dimensions, string period, Func<int, bool> years, CellMeasure measure)
    {
        yield return block.Cell(EvidenceCellKeys.Key(period, measure.Name), years, null, 0, measure.Statuses);
        for (var d = 0; d < dimensions.Names.Count; d++)
        {
            var categories = dimensions.Categories(d);
            for (var c = 0; c < categories.Count; c++)
            {
                yield return block.Cell(EvidenceCellKeys.Key(period, measure.Name, dimensions.Names[d], categories[c]), years, d, c, measure.Statuses);
            }
        }
    }
}
