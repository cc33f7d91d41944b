using System.Globalization;

namespace Offramp.Statistics.Disclosure;

/// <summary>
/// The cells whose small counts must never become derivable: every proposed, already-published and also-protected cell,
/// and every atom, whose true count is 1 to threshold − 1. Cells with the same atoms are one vector and are kept once (the
/// first key wins), so a cell listed under two keys costs one check.
/// </summary>
internal static class ProtectedCells
{
    /// <summary>The label of a single atom as a protected cell.</summary>
    public static string AtomKey(int atom) => string.Create(CultureInfo.InvariantCulture, $"atom:{atom}");

    public static IReadOnlyList<CountCell> Collect(DisclosureProblem problem, DisclosureRules rules)
    {
        var atomSets = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<CountCell>();
        var atomCells = Enumerable.Range(0, problem.AtomCounts.Count).Select(atom => new CountCell(AtomKey(atom), [atom]));
        foreach (var cell in problem.Proposed.Concat(problem.AlreadyPublished).Concat(problem.AlsoProtect).Concat(atomCells))
        {
            if (!rules.IsSmall(cell.CountIn(problem.AtomCounts)))
            {
                continue;
            }

            var sorted = cell.Atoms.Order().ToArray();
            if (atomSets.Add(string.Join(',', sorted)))
            {
                found.Add(new CountCell(cell.Key, sorted));
            }
        }

        return found;
    }
}
