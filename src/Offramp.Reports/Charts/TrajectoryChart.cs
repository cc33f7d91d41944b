using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Trajectory;

using ScottPlot;

namespace Offramp.Reports.Charts;

/// <summary>
/// One domain of a participant's trajectory as an SVG: one line per item over time at its agreed level (risk items
/// solid, protective items dashed); "unknown / could not rate" is a gap, never a zero, and nothing is summed.
/// </summary>
public static class TrajectoryChart
{
    public const int Width = 720;
    public const int Height = 320;

    /// <param name="words">Labels coded values in the reader's language (the item's direction in the legend).</param>
    public static string Svg(DomainTrajectory domain, IReadOnlyList<ScaleLevel> levels, Func<Enum, string> words)
    {
        var plot = ChartFont.NewPlot();
        foreach (var item in domain.Items)
        {
            var rated = item.Points.Where(p => p.LevelIndex >= 0).ToList();
            if (rated.Count == 0)
            {
                continue;
            }

            var xs = rated.Select(p => p.AssessedOn.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = rated.Select(p => (double)p.LevelIndex).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = $"{item.Key} ({words(item.Direction)})";
            line.LineWidth = 2;
            line.MarkerSize = 7;
            if (item.Direction == ItemDirection.Protective)
            {
                line.LinePattern = LinePattern.Dashed;
            }
        }

        plot.Title(domain.Name);
        ChartSvg.DateAxis(plot);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, levels.Count).Select(i => (double)i)], [.. levels.Select(l => l.Label)]);
        plot.Axes.SetLimitsY(-0.3, levels.Count - 0.7);
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartSvg.Render(plot, Width, Height);
    }
}
