using System.Globalization;

namespace Offramp.Statistics.Disclosure;

/// <summary>A cell (or atom, or group of atoms) whose true count is 1 to threshold − 1.</summary>
/// <param name="Key">The cell's key, or the atoms' keys for a group.</param>
/// <param name="Atoms">Its non-empty atoms, ascending: empty atoms are known zeros and take no part.</param>
/// <param name="Count">Its true count.</param>
/// <param name="Cell">The cell as given, for diagnostics.</param>
internal sealed record ProtectedSet(string Key, int[] Atoms, long Count, CountCell Cell);

/// <summary>
/// The cells whose small counts must never become derivable: every proposed, already-published and also-protected cell,
/// and every atom, whose true count is 1 to threshold − 1. Cells with the same atoms are one vector and are kept once (the
/// first key wins), so a cell listed under two keys costs one check; so are cells that differ only by empty atoms.
/// </summary>
internal static class ProtectedCells
{
    /// <summary>The label of a single atom as a protected cell.</summary>
    public static string AtomKey(int atom) => string.Create(CultureInfo.InvariantCulture, $"atom:{atom}");

    public static IReadOnlyList<ProtectedSet> Collect(DisclosureProblem problem, DisclosureRules rules)
    {
        var atomSets = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<ProtectedSet>();
        var atomCells = Enumerable.Range(0, problem.AtomCounts.Count).Select(atom => new CountCell(AtomKey(atom), [atom]));
        foreach (var cell in problem.Proposed.Concat(problem.AlreadyPublished).Concat(problem.AlsoProtect).Concat(atomCells))
        {
            var count = cell.CountIn(problem.AtomCounts);
            if (!rules.IsSmall(count))
            {
                continue;
            }

            var nonEmpty = cell.Atoms.Where(atom => problem.AtomCounts[atom] > 0).Order().ToArray();
            if (atomSets.Add(string.Join(',', nonEmpty)))
            {
                found.Add(new ProtectedSet(cell.Key, nonEmpty, count, cell));
            }
        }

        return found;
    }
}
