using Offramp.Statistics.Disclosure;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>
/// The size the issue names, about 3,000 atoms and 2,000 cells: decided completely, the same way every time, every
/// published value rounded and at least the threshold. How long it takes is measured by bench/disclosure.sh, not here.
/// </summary>
public sealed class DisclosureScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Three_thousand_atoms_and_two_thousand_cells_are_decided_completely_and_deterministically()
    {
        // 10 years × 3 genders × 10 age bands × 10 outcome statuses; a third of the atoms empty, a third small.
        var random = new Random(20261205);
        var table = new HierarchicalTable(10, 3, 10, 10, [.. Enumerable.Range(0, 3000).Select(_ => random.Next(3) switch
        {
            0 => 0L,
            1 => random.Next(1, 10),
            _ => random.Next(10, 41),
        })]);
        var last = table.Years - 1;
        var proposed = Enumerable.Range(0, table.Years)
            .SelectMany(year => HierarchicalTable.PublishedBreakdowns.SelectMany(b => table.Cells(year, year, b)))
            .Concat(HierarchicalTable.PublishedBreakdowns.SelectMany(b => table.Cells(0, last, b)))
            .ToArray();
        var protect = Enumerable.Range(0, table.Years).Select(year => (year, year)).Append((0, last))
            .SelectMany(period => table.Cells(period.Item1, period.Item2, HierarchicalTable.Gender | HierarchicalTable.Age))
            .ToArray();
        var problem = new DisclosureProblem(table.Counts, proposed, [], protect);

        var decision = DisclosureControl.Decide(problem, DisclosureRules.Default);
        var again = DisclosureControl.Decide(problem, DisclosureRules.Default);

        output.WriteLine($"{table.Counts.Length} atoms, {proposed.Length} proposed cells, {protect.Length} more protected: " +
            $"{decision.PrimarySuppressions} primary and {decision.SecondarySuppressions} secondary suppressions.");
        Assert.InRange(proposed.Length, 1500, 2500);
        Assert.True(decision.GroupCheckComplete);
        Assert.True(decision.SecondarySuppressions > 0);
        Assert.Equal(decision.Cells, again.Cells);
        var published = decision.Cells.OfType<PublishedCell>().ToArray();
        Assert.NotEmpty(published);
        Assert.All(published, cell => Assert.True(cell.Value >= 10 && cell.Value % 5 == 0, $"{cell.Key} = {cell.Value}"));
    }
}
