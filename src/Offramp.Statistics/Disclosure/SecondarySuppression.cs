namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Greedy secondary suppression: while some protected small count can be recomputed exactly from the published counts
/// (its indicator lies in their row space) and could not already be recomputed from earlier releases alone, withhold one
/// more cell of the new bundle.
/// </summary>
/// <remarks>
/// The cell withheld is, among new cells whose withholding stops that disclosure (basis coloops with a non-zero
/// coefficient in it), the one with the smallest count, ties broken by key. When no single cell stops it (a 2 × 2 table
/// with all its margins: every inner cell is also a margin minus another), the smallest new cell on a common circuit with
/// it is withheld and the search goes on. The published space only ever shrinks, so a protected cell found safe stays
/// safe and each is examined once, plus once per cell withheld on its account.
/// </remarks>
internal static class SecondarySuppression
{
    /// <summary>The outcome of one run.</summary>
    /// <param name="Withheld">Indices (into the rows given) of the new cells withheld, in the order they were withheld.</param>
    /// <param name="DerivableBefore">For each protected set, whether earlier releases alone already revealed it.</param>
    public sealed record Result(IReadOnlyList<int> Withheld, bool[] DerivableBefore);

    public static Result Run<TField>(int atomCount, IReadOnlyList<CandidateRow> rows, IReadOnlyList<int[]> protectedSets, ulong seed)
        where TField : struct, IPrimeField
    {
        var space = new PublishedRowSpace<TField>(atomCount, [.. rows.Select(row => row.Atoms)]);
        var order = Enumerable.Range(0, rows.Count).OrderBy(i => rows[i].Atoms.Length).ThenBy(i => i).ToArray();
        foreach (var i in order.Where(i => !rows[i].IsNew))
        {
            space.Insert(i);
        }

        var derivableBefore = new bool[protectedSets.Count];
        var z = space.RandomNullVector(ref seed);
        for (var p = 0; p < protectedSets.Count; p++)
        {
            derivableBefore[p] = PublishedRowSpace<TField>.Dot(z, protectedSets[p]) == 0 && space.TryExpress(protectedSets[p], out _);
        }

        foreach (var i in order.Where(i => rows[i].IsNew))
        {
            space.Insert(i);
        }

        var withheld = new List<int>();
        z = space.RandomNullVector(ref seed);
        for (var p = 0; p < protectedSets.Count; p++)
        {
            if (derivableBefore[p])
            {
                continue;
            }

            while (PublishedRowSpace<TField>.Dot(z, protectedSets[p]) == 0 && space.TryExpress(protectedSets[p], out var coefficients))
            {
                var choice = Cheapest(rows, coefficients.Indices.Where(space.IsColoop))
                    ?? Cheapest(rows, space.Component(coefficients))
                    ?? throw new InvalidOperationException(
                        "A protected count is derivable only through earlier releases, yet was not derivable from them alone.");
                var shrinks = space.IsColoop(choice);
                space.Withhold(choice);
                withheld.Add(choice);
                if (shrinks)
                {
                    z = space.RandomNullVector(ref seed);
                }
            }
        }

        return new Result(withheld, derivableBefore);
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
