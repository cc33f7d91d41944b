namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Greedy secondary suppression: while some protected small count can be recomputed exactly from the published counts
/// (its indicator lies in their row space) and could not already be recomputed from earlier releases alone, withhold one
/// more cell of the new bundle.
/// </summary>
/// <remarks>
/// <para>
/// The cell withheld is, among new cells whose withholding stops that disclosure (basis coloops with a non-zero
/// coefficient in it), the one with the smallest count, ties broken by key. When no single cell stops it (a 2 × 2 table
/// with all its margins: every inner cell is also a margin minus another), the smallest of the nearest new cells on a
/// common circuit with it is withheld and the search goes on. The published space only ever shrinks, so a protected cell
/// found safe stays safe and each is examined once, plus once per cell withheld on its account.
/// </para>
/// <para>
/// After the protected cells, small groups of atoms (<see cref="DerivableUnions"/>) are protected the same way. Last, a
/// withheld cell that the published cells give anyway (withheld on the way, before a cheaper cut was found) is published
/// again: it adds no equation, so it reveals nothing.
/// </para>
/// </remarks>
internal static class SecondarySuppression
{
    /// <summary>The outcome of one run.</summary>
    /// <param name="Withheld">Indices (into the rows given) of the new cells withheld.</param>
    /// <param name="DerivableBefore">Protected sets and groups that earlier releases alone already revealed.</param>
    /// <param name="GroupSearchComplete">Whether the search for small revealed groups finished within its budget.</param>
    public sealed record Result(IReadOnlyList<int> Withheld, IReadOnlyList<ProtectedSet> DerivableBefore, bool GroupSearchComplete);

    /// <summary>Steps the search for small groups may take per run, far above what hierarchical tables need.</summary>
    public const long GroupSearchBudget = 5_000_000;

    public static Result Run<TField>(
        int atomCount, IReadOnlyList<CandidateRow> rows, IReadOnlyList<ProtectedSet> protectedSets, IReadOnlyList<long> atomCounts, int threshold, ulong seed)
        where TField : struct, IPrimeField
    {
        var space = new PublishedRowSpace<TField>(atomCount, [.. rows.Select(row => row.Atoms)]);
        var order = Enumerable.Range(0, rows.Count).OrderBy(i => rows[i].Atoms.Length).ThenBy(i => i).ToArray();
        foreach (var i in order.Where(i => !rows[i].IsNew))
        {
            space.Insert(i);
        }

        var derivableBefore = new List<ProtectedSet>();
        var z = space.RandomNullVector(ref seed);
        var small = protectedSets.Where(set => set.Count >= 1).ToArray();
        var safeToCheck = small.Where(set =>
        {
            var before = PublishedRowSpace<TField>.Dot(z, set.Atoms) == 0 && space.TryExpress(set.Atoms, out _);
            if (before)
            {
                derivableBefore.Add(set);
            }

            return !before;
        }).ToArray();

        foreach (var i in order.Where(i => rows[i].IsNew))
        {
            space.Insert(i);
        }

        var withheld = new List<int>();
        z = space.RandomNullVector(ref seed);

        // Withholds new cells until the set is no longer derivable; false if only earlier releases reveal it.
        bool Protect(int[] atoms)
        {
            while (PublishedRowSpace<TField>.Dot(z, atoms) == 0 && space.TryExpress(atoms, out var coefficients))
            {
                var choice = Cheapest(rows, coefficients.Indices.Where(space.IsColoop))
                    ?? Cheapest(rows, space.NearestOnCircuits(coefficients, row => rows[row].IsNew));
                if (choice is not { } row)
                {
                    // Every circuit through the set runs through earlier releases only: they reveal it by themselves.
                    return false;
                }

                var shrinks = space.IsColoop(row);
                space.Withhold(row);
                withheld.Add(row);
                if (shrinks)
                {
                    space.ExtendNullVector(z, row, ref seed);
                }
            }

            return true;
        }

        foreach (var set in safeToCheck)
        {
            if (!Protect(set.Atoms))
            {
                throw new InvalidOperationException($"'{set.Key}' is revealed only through earlier releases, yet not by them alone.");
            }
        }

        var published = Enumerable.Range(0, rows.Count).Where(space.IsPublished).Select(row => rows[row].Atoms).ToArray();
        var groups = DerivableUnions.Find<TField>(published, atomCounts, threshold, GroupSearchBudget);
        foreach (var group in groups.Groups)
        {
            if (!Protect(group.Atoms))
            {
                derivableBefore.Add(group);
            }
        }

        foreach (var row in withheld.ToArray())
        {
            if (space.TryExpress(rows[row].Atoms, out _))
            {
                space.Insert(row);
                withheld.Remove(row);
            }
        }

        return new Result(withheld, derivableBefore, groups.Complete);
    }

    /// <summary>The new cell with the smallest count, ties broken by key (ordinal), or null when there is none.</summary>
    private static int? Cheapest(IReadOnlyList<CandidateRow> rows, IEnumerable<int> candidates)
    {
        int? best = null;
        foreach (var i in candidates)
        {
            if (!rows[i].IsNew)
            {
                continue;
            }

            if (best is not { } b || rows[i].Count < rows[b].Count
                || (rows[i].Count == rows[b].Count && string.CompareOrdinal(rows[i].Key, rows[b].Key) < 0))
            {
                best = i;
            }
        }

        return best;
    }
}
