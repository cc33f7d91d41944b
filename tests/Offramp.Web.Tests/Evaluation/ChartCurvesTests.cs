using Offramp.Core.Evaluation.Reports;
using Offramp.Reports.Charts;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>Charts of large programs draw about two points per pixel, never the thousands of steps the statistics keep.</summary>
public sealed class ChartCurvesTests
{
    [Fact]
    public void A_curve_of_many_steps_is_thinned_to_the_chart_and_keeps_its_last_step()
    {
        var months = Enumerable.Range(1, 20_000).Select(i => i * 0.003).ToArray();
        var survival = months.Select((_, i) => 1 - (i / 40_000.0)).ToArray();
        var curve = Curve(months, survival);

        var drawn = Assert.Single(ChartCurves.Thin(new SurvivalSummary([curve], 24)).Curves);

        Assert.InRange(drawn.Months.Length, ChartCurves.MaxPoints / 2, ChartCurves.MaxPoints + 1);
        Assert.Equal(months[^1], drawn.Months[^1]);
        Assert.Equal(survival[^1], drawn.Survival[^1]);
        Assert.Equal(drawn.Months.Order(), drawn.Months);
        Assert.Equal(curve.N, drawn.N);

        var svg = SurvivalChart.Svg(new SurvivalSummary([curve], 24), SurvivalChartWords.English("Survival"));
        Assert.True(svg.Length < 400_000, $"the SVG of a 20,000-step curve is {svg.Length:N0} characters");
    }

    [Fact]
    public void A_curve_that_fits_the_chart_is_drawn_as_it_is()
    {
        var curve = Curve([1, 2, 3], [0.9, 0.8, 0.7]);

        var drawn = Assert.Single(ChartCurves.Thin(new SurvivalSummary([curve], 24)).Curves);

        Assert.Same(curve, drawn);
    }

    private static SurvivalCurveView Curve(double[] months, double[] survival) =>
        new("All", months.Length * 2, months.Length, months, survival, [.. survival.Select(s => (double?)(s - 0.01))], [.. survival.Select(s => (double?)(s + 0.01))],
            null, null, null, null, []);
}
