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

    /// <summary>2–3 years × 2–3 genders × 2–4 age bands × 2 outcomes; a third of the atoms empty, a third 1–9, a third 10–40.</summary>
    private static readonly Gen<HierarchicalTable> Tables =
        from years in Gen.Int[2, 3]
        from genders in Gen.Int[2, 3]
        from ages in Gen.Int[2, 4]
        from counts in Gen.Frequency((1, Gen.Const(0L)), (1, Gen.Long[1, 9]), (1, Gen.Long[10, 40])).Array[years * genders * ages * 2]
        select new HierarchicalTable(years, genders, ages, 2, counts);

    [Fact]
    public void One_bundle_of_every_year_and_the_cumulative_period_reveals_no_small_count()
    {
        Tables.Sample(
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
            },
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Yearly_releases_together_reveal_no_small_count()
    {
        Tables.Sample(
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
            },
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Without_secondary_suppression_the_attacker_recovers_small_counts()
    {
        var tables = 0;
        var recovered = 0;
        Tables.Sample(
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
            },
            iter: 40,
            threads: 1);

        output.WriteLine($"The attacker recovered small counts from {recovered} of {tables} tables with primary suppression only.");
        Assert.True(recovered >= tables / 2, $"Only {recovered} of {tables} tables leaked without secondary suppression.");
    }

    private void AssertNothingRecovered(HierarchicalTable table, DifferencingAttacker.KnownCount[] known)
    {
        var result = DifferencingAttacker.Attack(table.Counts, known, Rules.Threshold);
        Assert.True(result.Findings.Count == 0, $"{table}{Environment.NewLine}{DifferencingAttacker.Describe(result.Findings.Take(10))}");
        Assert.True(result.Complete, $"The attack ran out of budget on {table}.");
        output.WriteLine($"{known.Length} published cells attacked.");
    }
}
