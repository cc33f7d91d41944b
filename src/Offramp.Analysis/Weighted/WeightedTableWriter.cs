using Offramp.Analysis.Output;
using Offramp.Statistics.Weighting;

using Spectre.Console;

namespace Offramp.Analysis.Weighted;

/// <summary>Writes the weighted comparison: weights and truncation, the balance table, weighted survival and the hazard ratio.</summary>
internal static class WeightedTableWriter
{
    public static void Write(IAnsiConsole console, WeightedReport report)
    {
        var r = report.Result;
        console.MarkupLine($"[bold]Weighted comparison[/] ({r.Estimand.ToString().ToUpperInvariant()}) — {Markup.Escape(report.File)}: " +
            $"{Figures.Count(r.Treated)} in the program group ({Markup.Escape(report.Treatment)} = {Markup.Escape(report.TreatedLevel)}), " +
            $"{Figures.Count(r.Control)} in the comparison group ({Markup.Escape(report.ComparisonLevel)})" +
            (report.RowsSkipped > 0 ? $", {Figures.Count(report.RowsSkipped)} rows left out for a missing value" : string.Empty));

        var w = r.Weights;
        console.MarkupLine(Markup.Escape(double.IsNaN(w.UpperLimit)
            ? $"Weights: not truncated; largest {Figures.Number(w.LargestBeforeTruncation, "0.##")}."
            : $"Weights truncated to [{Figures.Number(w.LowerLimit, "0.###")}, {Figures.Number(w.UpperLimit, "0.###")}]: {w.TruncatedLow} raised, {w.TruncatedHigh} lowered; largest before truncation {Figures.Number(w.LargestBeforeTruncation, "0.##")}."));
        console.MarkupLine($"Effective sample size: {Figures.Number(w.EffectiveSampleSizeTreated, "0.#")} (program), {Figures.Number(w.EffectiveSampleSizeControl, "0.#")} (comparison).");

        var balance = new Table().AddColumns("Covariate", "Mean program", "Mean comparison", "SMD before", "SMD after weighting", "Balanced (|SMD| < 0.1)");
        foreach (var b in r.Balance)
        {
            balance.AddRow(Markup.Escape(b.Name), Figures.Number(b.MeanTreated, "0.###"), Figures.Number(b.MeanControl, "0.###"),
                Figures.Number(b.StandardisedDifference, "0.###"), Figures.Number(b.WeightedStandardisedDifference, "0.###"), b.BalancedAfterWeighting ? "yes" : "no");
        }

        console.Write(balance);

        var level = $"{r.HazardRatio.ConfidenceLevel * 100:0.#}% CI";
        var survival = new Table().AddColumns("Group", "Time", "Weighted event-free", "Robust SE", level);
        // The command asks for the curves (WeightedComparison.Analyze's details), so both are there.
        foreach (var curve in new[] { r.TreatedCurve!, r.ControlCurve! })
        {
            var times = report.Horizons.IsEmpty ? (curve.Time.IsEmpty ? [] : [curve.Time[^1]]) : report.Horizons.ToArray();
            foreach (var time in times)
            {
                var at = LastAtOrBefore(curve, time);
                survival.AddRow(curve.Label, Figures.Number(time),
                    at < 0 ? "1" : Figures.Number(curve.Survival[at]),
                    at < 0 ? "0" : Figures.Number(curve.StandardError[at]),
                    at < 0 ? "NA" : Figures.Interval(curve.Lower[at], curve.Upper[at]));
            }
        }

        console.Write(survival);
        var c = r.HazardRatio.Coefficients[0];
        console.MarkupLine($"Weighted hazard ratio (program vs comparison): {Figures.Number(c.HazardRatio, "0.###")} ({level} {Figures.Interval(c.Lower, c.Upper, "0.###")}, robust SE {Figures.Number(c.RobustStandardError)}), {Figures.PClause(c.PValue)}");
        Figures.WriteWarnings(console, r.Warnings);
    }

    private static int LastAtOrBefore(WeightedSurvivalCurve curve, double time)
    {
        var at = curve.Time.AsSpan().BinarySearch(time);
        return at >= 0 ? at : ~at - 1;
    }
}
