using ScottPlot;

namespace Offramp.Reports.Charts;

/// <summary>One row of a forest plot: a program's estimate with its 95% interval, or a pooled estimate (drawn as a diamond).</summary>
public sealed record ForestRow(string Label, double Estimate, double Lower, double Upper, bool Pooled = false);

/// <summary>
/// A forest plot as meta-analyses draw it: one line per program (square at the estimate, whiskers to the interval),
/// pooled estimates as diamonds below, a dotted line at the value of no difference where there is one. Labels sit on
/// the left in the app's font; the height grows with the rows so labels never overlap.
/// </summary>
public static class ForestPlot
{
    public const int Width = 760;

    private static readonly Color Program = Color.FromHex("#1f5a96");
    private static readonly Color Pooled = Color.FromHex("#b5542a");

    public static int HeightFor(int rows) => 90 + (28 * Math.Max(rows, 1));

    public static string Svg(IReadOnlyList<ForestRow> rows, string xLabel, double? reference) =>
        ChartSvg.Render(Build(rows, xLabel, reference), Width, HeightFor(rows.Count));

    private static Plot Build(IReadOnlyList<ForestRow> rows, string xLabel, double? reference)
    {
        var plot = ChartFont.NewPlot();
        var ticks = new List<Tick>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = rows.Count - i;
            ticks.Add(new Tick(y, row.Label));
            if (row.Pooled)
            {
                var diamond = plot.Add.Polygon([new(row.Lower, y), new(row.Estimate, y + 0.3), new(row.Upper, y), new(row.Estimate, y - 0.3)]);
                diamond.FillColor = Pooled;
                diamond.LineColor = Pooled;
                continue;
            }

            var whisker = plot.Add.Line(row.Lower, y, row.Upper, y);
            whisker.Color = Program;
            whisker.LineWidth = 2;
            var point = plot.Add.Marker(row.Estimate, y);
            point.Shape = MarkerShape.FilledSquare;
            point.Color = Program;
            point.Size = 9;
        }

        if (reference is { } r)
        {
            var line = plot.Add.VerticalLine(r);
            line.LinePattern = LinePattern.Dotted;
            line.Color = Colors.Gray;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.XLabel(xLabel);
        var low = rows.Count == 0 ? 0 : rows.Min(x => x.Lower);
        var high = rows.Count == 0 ? 1 : rows.Max(x => x.Upper);
        if (reference is { } rr)
        {
            (low, high) = (Math.Min(low, rr), Math.Max(high, rr));
        }

        var pad = Math.Max((high - low) * 0.05, 0.01);
        plot.Axes.SetLimits(low - pad, high + pad, 0.3, rows.Count + 0.7);
        return plot;
    }
}
