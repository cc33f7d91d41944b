namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Statistical disclosure control of counts before they leave an organisation (as DataSHIELD's and OpenSAFELY's rules,
/// extended across releases):
/// <list type="number">
/// <item>Primary suppression: every proposed count below the threshold is withheld (zero included).</item>
/// <item>Secondary suppression: treating every published count, earlier ones included, as exactly known, no count of
/// between 1 and threshold − 1 people (a proposed or earlier cell, a cell to protect, or any single atom) may lie in the
/// linear span of the published cells, i.e. be obtainable by adding and subtracting them. While one does, the smallest
/// proposed count that overlaps it is withheld too.</item>
/// <item>Rounding of what is published, as defence in depth.</item>
/// </list>
/// It covers exact linear disclosure. Bounds an attacker could narrow with non-negativity (a count known to lie between
/// 2 and 3) are not covered; rounding blurs those. Small counts already derivable from earlier releases alone are not
/// this release's doing and are counted, not fixed.
/// </summary>
public static class DisclosureControl
{
    public static DisclosureDecision Decide(DisclosureProblem problem, DisclosureRules rules)
    {
        var atoms = problem.AtomCounts;
        long CountOf(CountCell c) => c.Atoms.Sum(a => atoms[a]);
        var counts = problem.Proposed.ToDictionary(c => c.Key, CountOf, StringComparer.Ordinal);
        var suppressed = new Dictionary<string, CellOutcomeKind>(StringComparer.Ordinal);
        foreach (var cell in problem.Proposed.Where(c => counts[c.Key] < rules.Threshold))
        {
            suppressed[cell.Key] = CellOutcomeKind.PrimarySuppressed;
        }

        var earlier = new SpanOverPrimeField(atoms.Count);
        foreach (var cell in problem.AlreadyPublished)
        {
            earlier.Add(cell.Atoms);
        }

        var targets = Targets(problem, atoms, rules, earlier, out var alreadyDerivable);
        while (rules.SecondarySuppression)
        {
            var span = earlier.Clone();
            var published = problem.Proposed.Where(c => !suppressed.ContainsKey(c.Key)).ToList();
            foreach (var cell in published)
            {
                span.Add(cell.Atoms);
            }

            var disclosed = targets.FirstOrDefault(t => span.Contains(t.Atoms));
            if (disclosed is null || published.Count == 0)
            {
                break;
            }

            var inside = new HashSet<int>(disclosed.Atoms);
            var victim = published.Where(c => c.Atoms.Any(inside.Contains)).MinBy(c => (counts[c.Key], c.Key), Comparer<(long, string)>.Create(Order))
                ?? published.MinBy(c => (counts[c.Key], c.Key), Comparer<(long, string)>.Create(Order))!;
            suppressed[victim.Key] = CellOutcomeKind.SecondarySuppressed;
        }

        var outcomes = problem.Proposed.ToDictionary(
            c => c.Key,
            c => suppressed.TryGetValue(c.Key, out var kind)
                ? new CellOutcome(kind, counts[c.Key], null)
                : new CellOutcome(CellOutcomeKind.Published, counts[c.Key], rules.Round(counts[c.Key])),
            StringComparer.Ordinal);
        return new DisclosureDecision(outcomes,
            suppressed.Values.Count(k => k == CellOutcomeKind.PrimarySuppressed),
            suppressed.Values.Count(k => k == CellOutcomeKind.SecondarySuppressed),
            alreadyDerivable);
    }

    /// <summary>Every small count that must stay hidden and is not already given away by earlier releases alone.</summary>
    private static List<CountCell> Targets(DisclosureProblem problem, IReadOnlyList<long> atoms, DisclosureRules rules, SpanOverPrimeField earlier, out int alreadyDerivable)
    {
        var candidates = problem.Proposed.Concat(problem.AlreadyPublished).Concat(problem.AlsoProtect)
            .Concat(Enumerable.Range(0, atoms.Count).Select(a => new CountCell($"atom {a}", [a])))
            .Where(c => rules.IsSmall(c.Atoms.Sum(a => atoms[a])))
            .DistinctBy(c => string.Join(',', c.Atoms.Order()))
            .ToList();
        var targets = candidates.Where(c => !earlier.Contains(c.Atoms)).ToList();
        alreadyDerivable = candidates.Count - targets.Count;
        return targets;
    }

    private static int Order((long Count, string Key) x, (long Count, string Key) y) =>
        x.Count != y.Count ? x.Count.CompareTo(y.Count) : string.CompareOrdinal(x.Key, y.Key);
}
