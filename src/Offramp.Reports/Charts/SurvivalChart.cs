using Offramp.Core.Evaluation.Reports;

using ScottPlot;

namespace Offramp.Reports.Charts;

/// <summary>
/// Kaplan–Meier curves as steps from 1 at release (or entry), each with its 95% confidence band shaded, a dotted line
/// at the metric's horizon, months on the x axis. Nothing about any one participant is drawn, only the curves.
/// </summary>
public static class SurvivalChart
{
    public const int Width = 760;
    public const int Height = 380;

    private static readonly Color[] Palette = [Color.FromHex("#1f5a96"), Color.FromHex("#b5542a"), Color.FromHex("#3d7a3a")];

    public static string Svg(SurvivalSummary survival, SurvivalChartWords words) => ChartSvg.Render(Build(ChartCurves.Thin(survival), words), Width, Height);

    public static byte[] Png(SurvivalSummary survival, SurvivalChartWords words) => Build(ChartCurves.Thin(survival), words).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Build(SurvivalSummary survival, SurvivalChartWords words)
    {
        var plot = ChartFont.NewPlot();
        var maxMonths = 1.0;
        for (var c = 0; c < survival.Curves.Count; c++)
        {
            var curve = survival.Curves[c];
            var color = Palette[c % Palette.Length];
            var (xs, ys, lower, upper) = Steps(curve);
            maxMonths = Math.Max(maxMonths, xs[^1]);
            var band = plot.Add.FillY(xs, lower, upper);
            band.FillColor = color.WithAlpha(0.18);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(xs, ys);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = words.Legend(curve);
        }

        var horizon = plot.Add.VerticalLine(survival.HorizonMonths);
        horizon.LinePattern = LinePattern.Dotted;
        horizon.Color = Colors.Gray;
        plot.Title(words.Title);
        plot.XLabel(words.Months);
        plot.YLabel(words.Proportion);
        plot.Axes.SetLimits(0, Math.Max(maxMonths, survival.HorizonMonths) * 1.02, 0, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    /// <summary>Step coordinates: the estimate holds until the next event time, then drops; undefined bounds fall back to the estimate.</summary>
    private static (double[] X, double[] Y, double[] Lower, double[] Upper) Steps(SurvivalCurveView curve)
    {
        var n = curve.Months.Length;
        var xs = new double[(2 * n) + 1];
        var ys = new double[xs.Length];
        var lower = new double[xs.Length];
        var upper = new double[xs.Length];
        (xs[0], ys[0], lower[0], upper[0]) = (0, 1, 1, 1);
        for (var i = 0; i < n; i++)
        {
            var previous = 2 * i;
            xs[previous + 1] = curve.Months[i];
            ys[previous + 1] = ys[previous];
            lower[previous + 1] = lower[previous];
            upper[previous + 1] = upper[previous];
            xs[previous + 2] = curve.Months[i];
            ys[previous + 2] = curve.Survival[i];
            lower[previous + 2] = curve.Lower[i] ?? curve.Survival[i];
            upper[previous + 2] = curve.Upper[i] ?? curve.Survival[i];
        }

        return (xs, ys, lower, upper);
    }
}
