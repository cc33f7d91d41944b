namespace Offramp.Statistics.Disclosure;

/// <summary>
/// A count the publisher could publish, as the set of disjoint atoms (the finest groups the publisher knows, such as
/// year × gender × age band × outcome status) whose counts it adds up. Describing every count by its atoms is what lets
/// the disclosure check see that, for example, a cumulative period minus two calendar years is an earlier year's cell.
/// </summary>
/// <param name="Key">A stable label, such as "2024/gender=female/cohort", used in decisions and diagnostics.</param>
/// <param name="Atoms">Indices into <see cref="DisclosureProblem.AtomCounts"/>, each at most once.</param>
public sealed record CountCell(string Key, IReadOnlyList<int> Atoms)
{
    /// <summary>The true count: the sum of the cell's atoms' counts.</summary>
    public long CountIn(IReadOnlyList<long> atomCounts)
    {
        ArgumentNullException.ThrowIfNull(atomCounts);
        var total = 0L;
        foreach (var atom in Atoms)
        {
            total += atomCounts[atom];
        }

        return total;
    }
}
