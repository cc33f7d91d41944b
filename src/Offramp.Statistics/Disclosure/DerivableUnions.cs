namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Finds unions of two or three disjoint protected sets whose total is 1 to threshold − 1 and that the published counts
/// reveal although none of the parts is revealed: a total minus all but two age bands gives those two together. Such a
/// union is a small group of people recovered as surely as a single cell. Empty groups need no search of their own:
/// the space they are checked against already treats every empty atom as known (see <see cref="DisclosureControl"/>).
/// </summary>
/// <remarks>
/// A union is revealed when its indicator is in the published space, that is when Σ z over its atoms is 0 for a random
/// z orthogonal to the space (never missed; a false match has probability 1/p and is checked exactly before anything
/// is withheld). Each part's z-sum is computed once and looked up in a hash, so pairs cost one pass and triples one
/// pass over pairs whose counts leave room under the threshold. Unions of four or more parts are not searched.
/// </remarks>
internal static class DerivableUnions
{
    public static IReadOnlyList<ProtectedSet> Find<TField>(ulong[] z, IReadOnlyList<ProtectedSet> sets, int threshold)
        where TField : struct, IPrimeField
    {
        // A part whose own z-sum is 0 is itself derivable (earlier releases revealed it): joining it changes nothing about
        // the other parts, so it is left out.
        var parts = sets
            .Select(set => (Set: set, Sum: PublishedRowSpace<TField>.Dot(z, set.Atoms)))
            .Where(part => part.Sum != 0)
            .OrderBy(part => part.Set.Count)
            .ToArray();
        var bySum = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (!bySum.TryGetValue(parts[i].Sum, out var list))
            {
                bySum[parts[i].Sum] = list = [];
            }

            list.Add(i);
        }

        var found = new List<ProtectedSet>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Consider(params int[] members)
        {
            var count = members.Sum(m => parts[m].Set.Count);
            if (count < 1 || count >= threshold)
            {
                return;
            }

            for (var a = 0; a < members.Length; a++)
            {
                for (var b = a + 1; b < members.Length; b++)
                {
                    if (Overlap(parts[members[a]].Set.Atoms, parts[members[b]].Set.Atoms))
                    {
                        return;
                    }
                }
            }

            var atoms = members.SelectMany(m => parts[m].Set.Atoms).Order().ToArray();
            if (seen.Add(string.Join(',', atoms)))
            {
                found.Add(new ProtectedSet(string.Join(" ∪ ", members.Select(m => parts[m].Set.Key)), atoms, count));
            }
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (bySum.TryGetValue(Field<TField>.Negate(parts[i].Sum), out var partners))
            {
                foreach (var k in partners.Where(k => k > i))
                {
                    Consider(i, k);
                }
            }

            for (var j = i + 1; j < parts.Length && parts[i].Set.Count + parts[j].Set.Count < threshold; j++)
            {
                if (bySum.TryGetValue(Field<TField>.Negate(Field<TField>.Add(parts[i].Sum, parts[j].Sum)), out var thirds))
                {
                    foreach (var k in thirds.Where(k => k > j))
                    {
                        Consider(i, j, k);
                    }
                }
            }
        }

        return found;
    }

    private static bool Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
