using Offramp.Statistics.Common;
using Offramp.Statistics.Contingency;
using Offramp.Statistics.Survival;

namespace Offramp.Statistics.Tests.Survival;

/// <summary>Small numbers are stated in words a practitioner can act on.</summary>
public sealed class SmallNumberWarningTests
{
    [Fact]
    public void Few_events_warn_that_the_survival_estimate_is_unstable()
    {
        var curve = KaplanMeier.Fit([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [true, false, true, false, false, true, false, false, false, false, false, false]);

        var warning = Assert.Single(curve.Warnings);
        Assert.Equal(SmallNumberKind.FewEvents, warning.Kind);
        Assert.Equal("Only 3 events: the survival estimate is unstable.", warning.Message);
        Assert.Equal(12, curve.N);
    }

    [Fact]
    public void Small_groups_and_expected_counts_are_named()
    {
        var curves = KaplanMeier.FitByGroup([1, 2, 3, 4], [true, true, true, false], [0, 0, 1, 1], ["completers", "early leavers"]);
        Assert.Contains(curves[1].Warnings, w => w.Message == "Only 2 participants in group early leavers: the survival curve is unreliable.");

        var chiSquare = PearsonChiSquareTest.Compute(ContingencyTable.FromCounts(new long[,] { { 3, 1 }, { 1, 3 } }), yatesCorrection: true);
        Assert.Contains(chiSquare.Warnings, w => w.Kind == SmallNumberKind.SmallExpectedCount && w.Message.StartsWith("4 of 4 cells have an expected count under 5", StringComparison.Ordinal));
        Assert.Contains(chiSquare.Warnings, w => w.Message.Contains("use Fisher's exact test", StringComparison.Ordinal));
    }

    [Fact]
    public void Enough_data_gives_no_warnings()
    {
        var times = Enumerable.Range(1, 40).Select(i => (double)i).ToArray();
        var events = times.Select(t => t % 3 != 0).ToArray();

        Assert.Empty(KaplanMeier.Fit(times, events).Warnings);
    }
}
