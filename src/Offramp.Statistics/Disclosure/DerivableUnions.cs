namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Finds groups of atoms whose total is 1 to threshold − 1 and that the published counts reveal although no protected
/// cell among them is revealed: a total minus all but two age bands gives those two together; a margin minus the cells
/// inside it can leave small cells of different breakdowns, even of different years. Such a group is a small number of
/// people recovered as surely as a single cell.
/// </summary>
/// <remarks>
/// <para>
/// Empty atoms are in the space already (see <see cref="DisclosureControl"/>), so only the group's non-empty atoms
/// matter: at most threshold − 1 atoms of 1 to threshold − 1 people each. The search enumerates such sets within each
/// component of the published rows (a smallest revealed group lies within one), smallest counts first and cut once the
/// total reaches the threshold. A set is revealed exactly when Σ z over it is 0 for a random z orthogonal to the space
/// (never missed; a false match has probability 1/p and is confirmed exactly before anything is withheld), so the last
/// atom of each set is found by a hash lookup of the z-sum it needs.
/// </para>
/// <para>
/// The enumeration is bounded by <paramref name="budget"/> steps. Tables with many atoms of one or two people in one
/// component could exceed it; the search then stops and says so, and the decision reports the check as incomplete.
/// </para>
/// </remarks>
internal static class DerivableUnions
{
    /// <summary>The groups found, and whether the search finished within its budget.</summary>
    public sealed record Result(IReadOnlyList<ProtectedSet> Groups, bool Complete);

    public static Result Find<TField>(PublishedRowSpace<TField> space, ulong[] z, IReadOnlyList<long> atomCounts, int threshold, long budget)
        where TField : struct, IPrimeField
    {
        // Atoms that could be part of a small group and are not revealed on their own (a revealed atom adds nothing: a
        // group with it is revealed exactly when the group without it is).
        var components = space.AtomComponents();
        var byComponent = Enumerable.Range(0, space.AtomCount)
            .Where(atom => atomCounts[atom] >= 1 && atomCounts[atom] < threshold && z[atom] != 0)
            .GroupBy(atom => components[atom]);
        var found = new List<ProtectedSet>();
        var steps = 0L;
        foreach (var component in byComponent)
        {
            var atoms = component.OrderBy(atom => atomCounts[atom]).ThenBy(atom => atom).ToArray();
            if (atoms.Length < 2)
            {
                continue;
            }

            var positionsBySum = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < atoms.Length; i++)
            {
                if (!positionsBySum.TryGetValue(z[atoms[i]], out var list))
                {
                    positionsBySum[z[atoms[i]]] = list = [];
                }

                list.Add(i);
            }

            var chosen = new List<int>();

            // Extends the chosen atoms (positions below start) by atoms from start on; total = their count so far.
            bool Extend(int start, long total, ulong sum)
            {
                if (chosen.Count > 0 && positionsBySum.TryGetValue(Field<TField>.Negate(sum), out var closers))
                {
                    foreach (var last in closers)
                    {
                        if (last >= start && total + atomCounts[atoms[last]] < threshold)
                        {
                            var members = chosen.Append(last).Select(position => atoms[position]).Order().ToArray();
                            var key = string.Join(" ∪ ", members.Select(ProtectedCells.AtomKey));
                            found.Add(new ProtectedSet(key, members, total + atomCounts[atoms[last]]));
                        }
                    }
                }

                // Atoms are in increasing count order, so once one more cannot fit below the threshold, none can.
                for (var i = start; i < atoms.Length && total + (2 * atomCounts[atoms[i]]) < threshold; i++)
                {
                    if (++steps > budget)
                    {
                        return false;
                    }

                    chosen.Add(i);
                    var complete = Extend(i + 1, total + atomCounts[atoms[i]], Field<TField>.Add(sum, z[atoms[i]]));
                    chosen.RemoveAt(chosen.Count - 1);
                    if (!complete)
                    {
                        return false;
                    }
                }

                return true;
            }

            if (!Extend(0, 0, 0))
            {
                return new Result(found, Complete: false);
            }
        }

        return new Result(found, Complete: true);
    }
}
