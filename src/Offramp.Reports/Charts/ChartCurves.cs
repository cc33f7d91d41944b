using Offramp.Core.Evaluation.Reports;

namespace Offramp.Reports.Charts;

/// <summary>
/// Thins survival curves for drawing only: a million participants give thousands of steps, far more than the chart has
/// pixels, and every point costs SVG text. Within each bin of about half a pixel only the last step is kept, so the
/// drawn curve moves by less than a pixel. The statistics, the tables and survival.csv keep every step.
/// </summary>
public static class ChartCurves
{
    /// <summary>About two points per pixel of the chart's width.</summary>
    public const int MaxPoints = 1500;

    public static SurvivalSummary Thin(SurvivalSummary survival)
    {
        var span = survival.Curves.Select(c => c.Months.Length == 0 ? 0 : c.Months[^1]).Append(survival.HorizonMonths).Max();
        return span <= 0 ? survival : survival with { Curves = [.. survival.Curves.Select(c => Thin(c, span / MaxPoints))] };
    }

    private static SurvivalCurveView Thin(SurvivalCurveView curve, double bin)
    {
        if (curve.Months.Length <= MaxPoints)
        {
            return curve;
        }

        var kept = new List<int>(MaxPoints + 1);
        for (var i = 0; i < curve.Months.Length; i++)
        {
            if (i == curve.Months.Length - 1 || Math.Floor(curve.Months[i] / bin) != Math.Floor(curve.Months[i + 1] / bin))
            {
                kept.Add(i);
            }
        }

        return curve with
        {
            Months = [.. kept.Select(i => curve.Months[i])],
            Survival = [.. kept.Select(i => curve.Survival[i])],
            Lower = [.. kept.Select(i => curve.Lower[i])],
            Upper = [.. kept.Select(i => curve.Upper[i])],
        };
    }
}
