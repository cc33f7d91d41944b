using Offramp.Statistics.Disclosure;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>Primary and secondary suppression on small hand-made tables whose safe answer is known.</summary>
public sealed class DisclosureControlTests
{
    private static readonly DisclosureRules Rules = new(Threshold: 10, RoundingBase: 1);

    [Fact]
    public void A_small_inner_cell_of_a_two_by_two_table_with_margins_takes_the_other_inner_cells_with_it()
    {
        // Atoms: x11 x12 x21 x22. Any one inner cell left published gives x11 from a margin; all margins stay published.
        long[] counts = [3, 20, 30, 40];
        CountCell[] cells =
        [
            new("x11", [0]), new("x12", [1]), new("x21", [2]), new("x22", [3]),
            new("row1", [0, 1]), new("row2", [2, 3]), new("col1", [0, 2]), new("col2", [1, 3]), new("total", [0, 1, 2, 3]),
        ];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, cells), Rules);

        AssertSuppressed(decision, SuppressionKind.Primary, "x11");
        AssertSuppressed(decision, SuppressionKind.Secondary, "x12", "x21", "x22");
        Assert.Equal(5, decision.Cells.Count(cell => cell.IsPublished));
        Assert.Equal(23L, ((PublishedCell)decision["row1"]).Value);
        Assert.Equal((1, 3), (decision.PrimarySuppressions, decision.SecondarySuppressions));
        AssertNoRecovery(counts, decision);
    }

    [Fact]
    public void Total_minus_every_other_gender_would_reveal_the_last_so_the_next_smallest_gender_goes_too()
    {
        // Atoms gender (f, m, x) × age band (a, b, c). Gender x has 4 people; ages and the total are large.
        long[] counts = [20, 15, 10, 25, 30, 12, 1, 2, 1];
        int[] Gender(int g) => [3 * g, (3 * g) + 1, (3 * g) + 2];
        int[] Age(int a) => [a, 3 + a, 6 + a];
        CountCell[] cells =
        [
            new("total", [.. Enumerable.Range(0, 9)]),
            new("gender=f", Gender(0)), new("gender=m", Gender(1)), new("gender=x", Gender(2)),
            new("age=a", Age(0)), new("age=b", Age(1)), new("age=c", Age(2)),
        ];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, cells), Rules);

        AssertSuppressed(decision, SuppressionKind.Primary, "gender=x");
        AssertSuppressed(decision, SuppressionKind.Secondary, "gender=f");
        Assert.All(["total", "gender=m", "age=a", "age=b", "age=c"], key => Assert.True(decision[key].IsPublished, key));
        AssertNoRecovery(counts, decision);
    }

    [Fact]
    public void Cumulative_minus_this_year_would_reveal_last_years_small_cell()
    {
        // Atoms: 2021 f, 2021 m, 2022 f, 2022 m. 2021's release published only its total (f = 4 was withheld, m with it).
        long[] counts = [4, 30, 12, 25];
        CountCell[] earlier = [new("2021/total", [0, 1])];
        CountCell[] proposed =
        [
            new("2022/total", [2, 3]), new("2022/gender=f", [2]), new("2022/gender=m", [3]),
            new("2021-2022/total", [0, 1, 2, 3]), new("2021-2022/gender=f", [0, 2]), new("2021-2022/gender=m", [1, 3]),
        ];
        CountCell[] protect = [new("2021/gender=f", [0]), new("2021/gender=m", [1])];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, proposed, earlier, protect), Rules);

        // Withholding 2022 by gender (12 + 25) loses less than withholding the cumulative period by gender (16 + 55).
        AssertSuppressed(decision, SuppressionKind.Secondary, "2022/gender=f", "2022/gender=m");
        Assert.Equal(4, decision.Cells.Count(cell => cell.IsPublished));
        Assert.Empty(decision.DerivableFromEarlierReleases);
        AssertNoRecovery(counts, decision, earlier);
    }

    [Fact]
    public void What_an_earlier_release_published_limits_what_the_new_one_may()
    {
        // The earlier release published the cumulative period by gender and 2021's total; 2022 by gender alone would
        // give 2021 f = 16 − 12. 2022's total follows from the earlier counts anyway, so it stays published.
        long[] counts = [4, 30, 12, 25];
        CountCell[] earlier = [new("2021-2022/gender=f", [0, 2]), new("2021-2022/gender=m", [1, 3]), new("2021/total", [0, 1])];
        CountCell[] proposed = [new("2022/total", [2, 3]), new("2022/gender=f", [2]), new("2022/gender=m", [3])];
        CountCell[] protect = [new("2021/gender=f", [0]), new("2021/gender=m", [1])];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, proposed, earlier, protect), Rules);

        AssertSuppressed(decision, SuppressionKind.Secondary, "2022/gender=f", "2022/gender=m");
        Assert.True(decision["2022/total"].IsPublished);
        AssertNoRecovery(counts, decision, earlier);
    }

    [Fact]
    public void A_count_earlier_releases_already_revealed_is_reported_not_thrown()
    {
        long[] counts = [4, 30, 12, 25];
        CountCell[] earlier = [new("2021/total", [0, 1]), new("2021/gender=m", [1])];
        CountCell[] proposed = [new("2022/total", [2, 3]), new("2022/gender=f", [2]), new("2022/gender=m", [3])];
        CountCell[] protect = [new("2021/gender=f", [0])];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, proposed, earlier, protect), Rules);

        Assert.Equal(["2021/gender=f"], decision.DerivableFromEarlierReleases.Select(cell => cell.Key));
        Assert.All(decision.Cells, cell => Assert.True(cell.IsPublished, cell.Key));
    }

    [Fact]
    public void Two_small_bands_left_together_by_the_total_minus_the_others_take_another_band_with_them()
    {
        // Bands a (3) and b (4) are withheld, but total − c − d = a + b = 7 people, a small group: c goes too.
        long[] counts = [3, 4, 30, 40];
        CountCell[] cells = [new("total", [0, 1, 2, 3]), new("a", [0]), new("b", [1]), new("c", [2]), new("d", [3])];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, cells), Rules);

        AssertSuppressed(decision, SuppressionKind.Primary, "a", "b");
        AssertSuppressed(decision, SuppressionKind.Secondary, "c");
        Assert.True(decision.GroupCheckComplete);
        AssertNoRecovery(counts, decision);
    }

    [Fact]
    public void An_empty_group_does_not_shield_a_small_one()
    {
        // x (4 people), y (30), e (empty). A = x + y and B = y + e give A − B = x − e: x itself to anyone who knows e is
        // empty, so one of them is withheld.
        long[] counts = [4, 30, 0];
        CountCell[] cells = [new("A", [0, 1]), new("B", [1, 2])];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, cells), Rules);

        AssertSuppressed(decision, SuppressionKind.Secondary, "B");
        Assert.True(decision["A"].IsPublished);
    }

    [Fact]
    public void Nothing_to_decide_is_decided()
    {
        var decision = DisclosureControl.Decide(new DisclosureProblem([], []), DisclosureRules.Default);

        Assert.Empty(decision.Cells);
        Assert.Equal((0, 0), (decision.PrimarySuppressions, decision.SecondarySuppressions));
    }

    [Fact]
    public void The_group_search_says_when_its_budget_runs_out()
    {
        long[] counts = [3, 4, 30, 40];
        int[][] published = [[0, 1, 2, 3], [2], [3]];

        var enough = DerivableUnions.Find<Mersenne61>(published, counts, 10, budget: 1000);
        var starved = DerivableUnions.Find<Mersenne61>(published, counts, 10, budget: 0);

        Assert.True(enough.Complete);
        Assert.Equal([0, 1], Assert.Single(enough.Groups).Atoms);
        Assert.False(starved.Complete);
    }

    [Fact]
    public void Zero_is_suppressed_as_primary_but_may_be_derived()
    {
        // Nobody in group b: the cell is withheld, but total − a = 0 reveals no one, so nothing else is.
        long[] counts = [25, 0];
        CountCell[] cells = [new("total", [0, 1]), new("a", [0]), new("b", [1])];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, cells), Rules);

        AssertSuppressed(decision, SuppressionKind.Primary, "b");
        Assert.True(decision["total"].IsPublished);
        Assert.True(decision["a"].IsPublished);
    }

    [Fact]
    public void Published_counts_are_rounded_and_a_rate_needs_its_numerator_and_complement_published()
    {
        long[] counts = [12, 23, 3, 40];
        CountCell[] cells =
        [
            new("a/yes", [0]), new("a/no", [1]), new("b/yes", [2]), new("b/no", [3]),
        ];

        var decision = DisclosureControl.Decide(new DisclosureProblem(counts, cells), new DisclosureRules());

        Assert.Equal(10L, ((PublishedCell)decision["a/yes"]).Value);
        Assert.Equal(25L, ((PublishedCell)decision["a/no"]).Value);
        Assert.True(decision.MayPublishRate("a/yes", "a/no"));
        Assert.False(decision.MayPublishRate("b/yes", "b/no"));
        Assert.False(RatePublication.MayPublish(decision["a/yes"], decision["a/no"], denominator: 9, new DisclosureRules()));
        Assert.Throws<ArgumentException>(() => decision.MayPublishRate("a/yes", "a/yes"));
    }

    [Fact]
    public void Problems_and_rules_are_checked()
    {
        long[] counts = [12, 23];
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureRules(Threshold: 0).Validated());
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureRules(RoundingBase: 0).Validated());
        Assert.Throws<ArgumentException>(() => DisclosureControl.Decide(new DisclosureProblem(counts, [new("a", [0]), new("a", [1])]), Rules));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Decide(new DisclosureProblem(counts, [new("a", [2])]), Rules));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Decide(new DisclosureProblem(counts, [new("a", [0, 0])]), Rules));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Decide(new DisclosureProblem([-1L], [new("a", [0])]), Rules));
    }

    [Theory]
    [InlineData(10, 5, 10, 10)]
    [InlineData(10, 5, 12, 10)]
    [InlineData(10, 5, 13, 15)]
    [InlineData(10, 5, 17, 15)]
    [InlineData(10, 5, 18, 20)]
    [InlineData(10, 5, 1234, 1235)]
    [InlineData(10, 1, 13, 13)]
    [InlineData(10, 4, 10, 12)]
    [InlineData(10, 4, 14, 16)]
    [InlineData(10, 10, 14, 10)]
    [InlineData(10, 10, 15, 20)]
    [InlineData(12, 5, 12, 15)]
    [InlineData(12, 5, 14, 15)]
    [InlineData(3, 5, 3, 5)]
    public void Counts_round_to_the_nearest_multiple_halves_up_and_never_below_the_threshold(int threshold, int roundingBase, long count, long expected) =>
        Assert.Equal(expected, CountRounding.Round(count, new DisclosureRules(threshold, roundingBase)));

    private static void AssertSuppressed(DisclosureDecision decision, SuppressionKind kind, params string[] keys)
    {
        var actual = decision.Cells.Where(cell => cell is SuppressedCell suppressed && suppressed.Kind == kind).Select(cell => cell.Key).Order();
        Assert.Equal(keys.Order(), actual);
    }

    private static void AssertNoRecovery(long[] counts, DisclosureDecision decision, CountCell[]? earlier = null)
    {
        var known = decision.Cells.Where(cell => cell.IsPublished).Select(cell => cell.Cell)
            .Concat(earlier ?? [])
            .Select(cell => new DifferencingAttacker.KnownCount(cell.Key, cell.Atoms, cell.CountIn(counts)))
            .ToArray();
        var result = DifferencingAttacker.Attack(counts, known, Rules.Threshold);
        Assert.True(result.Complete);
        Assert.True(result.Findings.Count == 0, DifferencingAttacker.Describe(result.Findings));
    }
}
