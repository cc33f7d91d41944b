namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Decides which counts of an evidence bundle are published (rounded) and which are withheld, so that no group of 1 to
/// threshold − 1 people can have its count recomputed exactly from this bundle's published counts together with every
/// earlier release's, even by someone who knows every published value exactly and which groups are empty.
/// </summary>
/// <remarks>
/// <para>
/// Every count is a set of atoms, so every published count is a linear equation over the atoms' counts. A set of atoms is
/// revealed exactly when its indicator vector is in the row space of the published cells' indicator vectors (over the
/// rationals): then some combination of published counts equals its count, whatever the atom counts are; otherwise the
/// atom counts can be moved along a null-space direction that changes it while keeping every published count. Empty
/// atoms are treated as known zeros (they are left out of every vector), since a zero may be derived and an attacker
/// may simply know that, say, nobody in some age band had some outcome.
/// </para>
/// <para>
/// Protected, in that sense: every proposed, already-published and also-protected cell and every atom whose count is 1
/// to threshold − 1 (checked one by one), and every other group of atoms with such a count, such as two suppressed age
/// bands that the total minus the other bands gives together (found by <see cref="DerivableUnions"/>, exactly but within
/// a step budget; <see cref="DisclosureDecision.GroupCheckComplete"/> says whether it finished).
/// </para>
/// <para>
/// The steps: primary suppression of every proposed count below the threshold; then <see cref="SecondarySuppression"/>
/// modulo 2^61 − 1, then again modulo 2^58 − 27 starting from what the first pass published. The second pass can only
/// withhold more, and withholding never makes anything derivable, so the result is safe modulo both primes. A rational
/// combination is missed modulo a prime only when the prime divides its denominator (a minor of a 0/1 matrix), so it would
/// have to divide such a minor for both primes at once.
/// </para>
/// <para>
/// Not covered: bounds from non-negativity (knowing x + y = 3 tells that x is at most 3, and a published difference of
/// two small groups bounds each), and anything that needs more than exact linear recombination. Rounding is not relied
/// on; it only blurs.
/// </para>
/// </remarks>
public static class DisclosureControl
{
    private const ulong FirstSeed = 0x6F666672616D7031UL;
    private const ulong SecondSeed = 0x6F666672616D7032UL;

    /// <summary>Decides every proposed cell: published with its rounded count, or suppressed (primary or secondary).</summary>
    public static DisclosureDecision Decide(DisclosureProblem problem, DisclosureRules rules) => Decide(problem, rules, secondarySuppression: true);

    /// <summary>
    /// <see cref="Decide(DisclosureProblem, DisclosureRules)"/>, with secondary suppression optionally off: only for the
    /// negative control that shows the differencing attacker does find what secondary suppression prevents.
    /// </summary>
    internal static DisclosureDecision Decide(DisclosureProblem problem, DisclosureRules rules, bool secondarySuppression)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validated();
        problem.Validate();

        var counts = problem.Proposed.Select(cell => cell.CountIn(problem.AtomCounts)).ToArray();
        var primary = counts.Select(count => count < rules.Threshold).ToArray();
        var secondary = new bool[counts.Length];
        IReadOnlyList<CountCell> derivableBefore = [];
        var groupSearchComplete = true;
        if (secondarySuppression)
        {
            // Empty atoms count as published zeros: an attacker may know a group is empty (and a zero may be derived), so
            // every cell is taken without its empty atoms, and a small cell joined to empty ones is the small cell itself.
            int[] NonEmpty(IEnumerable<int> atoms) => [.. atoms.Where(atom => problem.AtomCounts[atom] > 0).Order()];
            var protectedSets = ProtectedCells.Collect(problem, rules);
            var old = problem.AlreadyPublished.Select(cell => new CandidateRow(
                NonEmpty(cell.Atoms), false, cell.CountIn(problem.AtomCounts), cell.Key)).ToArray();

            var candidates = Enumerable.Range(0, counts.Length).Where(i => !primary[i]).ToList();
            CandidateRow[] Rows() => [.. old, .. candidates.Select(i => new CandidateRow(
                NonEmpty(problem.Proposed[i].Atoms), true, counts[i], problem.Proposed[i].Key))];

            var oldCount = old.Length;
            var atomCount = problem.AtomCounts.Count;
            var first = SecondarySuppression.Run<Mersenne61>(atomCount, Rows(), protectedSets, problem.AtomCounts, rules.Threshold, FirstSeed);
            var firstWithheld = first.Withheld.Select(row => candidates[row - oldCount]).ToHashSet();
            candidates.RemoveAll(firstWithheld.Contains);
            var second = SecondarySuppression.Run<Prime58>(atomCount, Rows(), protectedSets, problem.AtomCounts, rules.Threshold, SecondSeed);
            var secondWithheld = second.Withheld.Select(row => candidates[row - oldCount]);

            foreach (var i in firstWithheld.Concat(secondWithheld))
            {
                secondary[i] = true;
            }

            groupSearchComplete = first.GroupSearchComplete && second.GroupSearchComplete;

            // Reported only when revealed modulo both primes, so that neither prime's blind spot hides a cell from checking.
            var revealedInSecond = second.DerivableBefore.Select(set => string.Join(',', set.Atoms)).ToHashSet(StringComparer.Ordinal);
            derivableBefore = [.. first.DerivableBefore.Where(set => revealedInSecond.Contains(string.Join(',', set.Atoms))).Select(set => set.Cell)];
        }

        var cells = new CellDecision[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var cell = problem.Proposed[i];
            cells[i] = primary[i] ? new SuppressedCell(cell, SuppressionKind.Primary)
                : secondary[i] ? new SuppressedCell(cell, SuppressionKind.Secondary)
                : new PublishedCell(cell, CountRounding.Round(counts[i], rules));
        }

        return new DisclosureDecision(rules, cells, derivableBefore, groupSearchComplete);
    }
}
