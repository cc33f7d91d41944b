namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Finds groups of atoms whose total is 1 to threshold − 1 and that the published counts reveal although no protected
/// cell among them is revealed: a total minus all but two age bands gives those two together; a margin minus the cells
/// inside it can leave small cells of different breakdowns, even of different years. Such a group is a small number of
/// people recovered as surely as a single cell.
/// </summary>
/// <remarks>
/// <para>
/// Empty atoms are known zeros and left out of every row (see <see cref="DisclosureControl"/>), so only a group's
/// non-empty atoms matter:
/// each has 1 to threshold − 1 people, and no atom of threshold or more may be in it. Its indicator is therefore a vector
/// of the space that is zero on every large atom, whatever it is on empty ones. Eliminating the space with the large atoms
/// first, the echelon rows whose pivot is a small atom span exactly those vectors (restricted to small atoms); reduced
/// fully, a 0/1 vector among them is the sum of the rows whose pivots it contains. The small atoms are ordered by count,
/// largest first, so pivots carry large counts: a group of fewer than threshold people contains few pivots, and only
/// sets of rows whose pivot counts add up to less than the threshold are tried. That search is exact, not sampled.
/// </para>
/// <para>
/// It is bounded by <paramref name="budget"/> sets of rows. Tables with very many atoms of one or two people could
/// exceed it; the search then stops and says so, and the decision reports the check as incomplete.
/// </para>
/// </remarks>
internal static class DerivableUnions
{
    /// <summary>The groups found, and whether the search finished within its budget.</summary>
    public sealed record Result(IReadOnlyList<ProtectedSet> Groups, bool Complete);

    public static Result Find<TField>(IReadOnlyList<int[]> publishedRows, IReadOnlyList<long> atomCounts, int threshold, long budget)
        where TField : struct, IPrimeField
    {
        var atomCount = atomCounts.Count;
        bool IsSmall(int atom) => atomCounts[atom] >= 1 && atomCounts[atom] < threshold;
        var columnOrder = Enumerable.Range(0, atomCount)
            .OrderBy(atom => atomCounts[atom] >= threshold ? 0 : IsSmall(atom) ? 1 : 2)
            .ThenByDescending(atom => atomCounts[atom])
            .ThenBy(atom => atom)
            .ToArray();
        var column = new int[atomCount];
        for (var position = 0; position < atomCount; position++)
        {
            column[columnOrder[position]] = position;
        }

        var firstSmall = Enumerable.Range(0, atomCount).Count(atom => atomCounts[atom] >= threshold);
        var endSmall = firstSmall + Enumerable.Range(0, atomCount).Count(IsSmall);
        var relabelled = publishedRows.Select(row => row.Select(atom => column[atom]).Order().ToArray()).ToArray();
        var largeFirst = new PublishedRowSpace<TField>(atomCount, relabelled);
        foreach (var row in Enumerable.Range(0, relabelled.Length).OrderBy(row => relabelled[row].Length))
        {
            largeFirst.Insert(row);
        }

        var rows = ReducedRows<TField>(largeFirst.EchelonRows()
            .Where(row => row.Pivot >= firstSmall && row.Pivot < endSmall)
            .Select(row => Restrict(row.Entries, endSmall))
            .OrderBy(row => row.Indices[0])
            .ToList());

        // Rows by their pivot's count, smallest first, so the loop can stop once the next pivot no longer fits.
        var byPivotCount = rows.OrderBy(row => atomCounts[columnOrder[row.Indices[0]]]).ToArray();
        var sum = new ulong[endSmall];
        var notZeroOrOne = 0;
        var people = 0L;
        var steps = 0L;
        var chosen = new List<SparseVector>();
        var found = new List<ProtectedSet>();

        void Add(SparseVector row, ulong factor)
        {
            for (var k = 0; k < row.Count; k++)
            {
                var c = row.Indices[k];
                var count = atomCounts[columnOrder[c]];
                notZeroOrOne -= sum[c] > 1 ? 1 : 0;
                people -= sum[c] == 1 ? count : 0;
                sum[c] = Field<TField>.Add(sum[c], TField.Multiply(factor, row.Values[k]));
                notZeroOrOne += sum[c] > 1 ? 1 : 0;
                people += sum[c] == 1 ? count : 0;
            }
        }

        bool Extend(int start, long pivotPeople)
        {
            for (var i = start; i < byPivotCount.Length; i++)
            {
                var pivotCount = atomCounts[columnOrder[byPivotCount[i].Indices[0]]];
                if (pivotPeople + pivotCount >= threshold)
                {
                    return true;
                }

                if (++steps > budget)
                {
                    return false;
                }

                chosen.Add(byPivotCount[i]);
                Add(byPivotCount[i], 1);
                if (notZeroOrOne == 0 && people >= 1 && people < threshold)
                {
                    var atoms = chosen.SelectMany(row => row.Indices).Distinct().Where(c => sum[c] == 1).Select(c => columnOrder[c]).Order().ToArray();
                    if (atoms.Length > 1)
                    {
                        var key = string.Join(" ∪ ", atoms.Select(ProtectedCells.AtomKey));
                        found.Add(new ProtectedSet(key, atoms, people, new CountCell(key, atoms)));
                    }
                }

                var complete = Extend(i + 1, pivotPeople + pivotCount);
                Add(byPivotCount[i], Field<TField>.Negate(1));
                chosen.RemoveAt(chosen.Count - 1);
                if (!complete)
                {
                    return false;
                }
            }

            return true;
        }

        var finished = Extend(0, 0);
        return new Result(found, finished);
    }

    /// <summary>The entries of a row at columns before <paramref name="end"/> (the small atoms; empty ones follow).</summary>
    private static SparseVector Restrict(SparseVector row, int end)
    {
        var keep = 0;
        while (keep < row.Count && row.Indices[keep] < end)
        {
            keep++;
        }

        return new SparseVector(row.Indices[..keep], row.Values[..keep]);
    }

    /// <summary>
    /// Reduced row echelon form of rows in echelon form (sorted by pivot, 1 at the pivot): each pivot is cleared from the
    /// rows above it, last pivot first, so every row ends zero at every other row's pivot.
    /// </summary>
    private static List<SparseVector> ReducedRows<TField>(List<SparseVector> rows)
        where TField : struct, IPrimeField
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            var pivot = rows[i].Indices[0];
            for (var j = 0; j < i; j++)
            {
                var entry = rows[j][pivot];
                if (entry != 0)
                {
                    rows[j] = rows[j].AddScaled<TField>(Field<TField>.Negate(entry), rows[i]);
                }
            }
        }

        return rows;
    }
}
