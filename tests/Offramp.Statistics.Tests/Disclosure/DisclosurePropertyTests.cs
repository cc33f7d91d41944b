using CsCheck;

using Offramp.Statistics.Disclosure;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>
/// On random hierarchical tables with many small cells, the independent <see cref="DifferencingAttacker"/> recovers no
/// small count from what <see cref="DisclosureControl"/> publishes, whether the years come in one bundle or one release a
/// year; and, as a negative control, it does recover some once secondary suppression is off.
/// </summary>
public sealed class DisclosurePropertyTests(ITestOutputHelper output)
{
    private static readonly DisclosureRules Rules = new(Threshold: 10, RoundingBase: 5);

    /// <summary>Tables per property: 60, or OFFRAMP_DISCLOSURE_ITERATIONS for a longer search.</summary>
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("OFFRAMP_DISCLOSURE_ITERATIONS"), out var n) && n > 0 ? n : 60;

    /// <summary>
    /// 2–3 years × 2–3 genders × 2–4 age bands × 2 outcomes. Atom counts: a third empty, a third 1–9, a third 10–40; or,
    /// with many tiny counts, a sixth empty, half 1–3, a sixth 4–9 and a sixth 10–40 (small groups of several atoms).
    /// </summary>
    private static Gen<HierarchicalTable> Tables(bool manyTiny) =>
        from years in Gen.Int[2, 3]
        from genders in Gen.Int[2, 3]
        from ages in Gen.Int[2, 4]
        from counts in (manyTiny
            ? Gen.Frequency((1, Gen.Const(0L)), (3, Gen.Long[1, 3]), (1, Gen.Long[4, 9]), (1, Gen.Long[10, 40]))
            : Gen.Frequency((1, Gen.Const(0L)), (1, Gen.Long[1, 9]), (1, Gen.Long[10, 40]))).Array[years * genders * ages * 2]
        select new HierarchicalTable(years, genders, ages, 2, counts);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_bundle_of_every_year_and_the_cumulative_period_reveals_no_small_count(bool manyTiny)
    {
        Tables(manyTiny).Sample(
            table =>
            {
                var last = table.Years - 1;
                var proposed = Enumerable.Range(0, table.Years)
                    .SelectMany(year => HierarchicalTable.PublishedBreakdowns.SelectMany(b => table.Cells(year, year, b)))
                    .Concat(HierarchicalTable.PublishedBreakdowns.SelectMany(b => table.Cells(0, last, b)))
                    .ToArray();
                var decision = DisclosureControl.Decide(new DisclosureProblem(table.Counts, proposed, [], [.. table.AllCellsTo(last)]), Rules);
                Assert.True(decision.GroupCheckComplete);
                AssertNothingRecovered(table, [.. table.Known(decision)]);
                AssertNoProtectedCountInTheRowSpace(table, [.. table.Known(decision)], table.AllCellsTo(last));
            },
            iter: Iterations,
            threads: 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Yearly_releases_together_reveal_no_small_count(bool manyTiny)
    {
        Tables(manyTiny).Sample(
            table =>
            {
                var earlier = new List<CountCell>();
                for (var year = 0; year < table.Years; year++)
                {
                    var proposed = table.ReleaseCells(year, HierarchicalTable.PublishedBreakdowns).ToArray();
                    var problem = new DisclosureProblem(table.Counts, proposed, [.. earlier], [.. table.AllCellsTo(year)]);
                    var decision = DisclosureControl.Decide(problem, Rules);
                    Assert.Empty(decision.DerivableFromEarlierReleases);
                    Assert.True(decision.GroupCheckComplete);
                    earlier.AddRange(decision.Cells.Where(cell => cell.IsPublished).Select(cell => cell.Cell));
                }

                var known = earlier.Select(cell => new DifferencingAttacker.KnownCount(cell.Key, cell.Atoms, cell.CountIn(table.Counts))).ToArray();
                AssertNothingRecovered(table, known);
                AssertNoProtectedCountInTheRowSpace(table, known, table.AllCellsTo(table.Years - 1));
            },
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Without_secondary_suppression_the_attacker_recovers_small_counts()
    {
        var tables = 0;
        var recovered = 0;
        var inRowSpace = 0;
        Tables(manyTiny: false).Sample(
            table =>
            {
                var proposed = table.ReleaseCells(table.Years - 1, HierarchicalTable.PublishedBreakdowns).ToArray();
                var decision = DisclosureControl.Decide(new DisclosureProblem(table.Counts, proposed), Rules, secondarySuppression: false);
                var result = DifferencingAttacker.Attack(table.Counts, [.. table.Known(decision)], Rules.Threshold);
                Interlocked.Increment(ref tables);
                if (result.Findings.Count > 0)
                {
                    Interlocked.Increment(ref recovered);
                }

                if (RevealedProtectedCell(table, [.. table.Known(decision)], table.AllCellsTo(table.Years - 1)) is not null)
                {
                    Interlocked.Increment(ref inRowSpace);
                }
            },
            iter: 40,
            threads: 1);

        output.WriteLine($"With primary suppression only, the attacker recovered small counts from {recovered} of {tables} tables, " +
            $"and the rational check found a protected count in the row space of {inRowSpace}.");
        Assert.True(recovered >= tables / 2, $"Only {recovered} of {tables} tables leaked to the attacker without secondary suppression.");
        Assert.True(inRowSpace >= tables / 2, $"Only {inRowSpace} of {tables} tables leaked to the rational check without secondary suppression.");
    }

    /// <summary>
    /// The exact check over the rationals, for an attacker who also knows which atoms are empty: no protected cell and no
    /// atom with 1 to threshold − 1 people is a combination of published cells.
    /// </summary>
    private static void AssertNoProtectedCountInTheRowSpace(HierarchicalTable table, DifferencingAttacker.KnownCount[] known, IEnumerable<CountCell> protect)
    {
        var revealed = RevealedProtectedCell(table, known, protect);
        Assert.True(revealed is null, $"{revealed} is a combination of published counts in {table}.");
    }

    private static string? RevealedProtectedCell(HierarchicalTable table, DifferencingAttacker.KnownCount[] known, IEnumerable<CountCell> protect)
    {
        var nonEmpty = known.Select(cell => cell.Atoms.Where(atom => table.Counts[atom] > 0));
        var empty = Enumerable.Range(0, table.Counts.Length).Where(atom => table.Counts[atom] == 0).Select(atom => new[] { atom });
        var space = new RationalRowSpace(table.Counts.Length, nonEmpty.Concat(empty));
        var atoms = Enumerable.Range(0, table.Counts.Length).Select(atom => new CountCell($"atom {atom}", [atom]));
        return protect.Concat(atoms)
            .Where(cell => Rules.IsSmall(cell.CountIn(table.Counts)) && space.Contains(cell.Atoms))
            .Select(cell => $"{cell.Key} ({cell.CountIn(table.Counts)})")
            .FirstOrDefault();
    }

    private void AssertNothingRecovered(HierarchicalTable table, DifferencingAttacker.KnownCount[] known)
    {
        var result = DifferencingAttacker.Attack(table.Counts, known, Rules.Threshold);
        Assert.True(result.Findings.Count == 0, $"{table}{Environment.NewLine}{DifferencingAttacker.Describe(result.Findings.Take(10))}");
        Assert.True(result.Complete, $"The attack ran out of budget on {table}.");
        output.WriteLine($"{known.Length} published cells attacked.");
    }
}
