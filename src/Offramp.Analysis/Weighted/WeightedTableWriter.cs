using System.Globalization;

using Offramp.Analysis.Output;
using Offramp.Statistics.Weighting;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Weighted;

/// <summary>Writes the weighted comparison: weights and truncation, the balance table, weighted survival and the hazard ratio.</summary>
internal static class WeightedTableWriter
{
    public static void Write(IAnsiConsole console, WeightedReport report)
    {
        var r = report.Result;
        object[] groups = [report.File, Figures.Count(r.Treated), report.Treatment, report.TreatedLevel, Figures.Count(r.Control), report.ComparisonLevel, Figures.Count(report.RowsSkipped)];
        var read = report.RowsSkipped > 0
            ? L["{0}: {1} in the program group ({2} = {3}), {4} in the comparison group ({5}), {6} rows left out for a missing value", groups]
            : L["{0}: {1} in the program group ({2} = {3}), {4} in the comparison group ({5})", groups];
        console.MarkupLine($"[bold]{Markup.Escape(L["Weighted comparison"])}[/] ({r.Estimand.ToString().ToUpperInvariant()}) — {Markup.Escape(read)}");

        var w = r.Weights;
        console.MarkupLine(Markup.Escape(double.IsNaN(w.UpperLimit)
            ? L["Weights: not truncated; largest {0}.", Figures.Number(w.LargestBeforeTruncation, "0.##")]
            : L["Weights truncated to [{0}, {1}]: {2} raised, {3} lowered; largest before truncation {4}.",
                Figures.Number(w.LowerLimit, "0.###"),
                Figures.Number(w.UpperLimit, "0.###"),
                w.TruncatedLow.ToString(CultureInfo.InvariantCulture),
                w.TruncatedHigh.ToString(CultureInfo.InvariantCulture),
                Figures.Number(w.LargestBeforeTruncation, "0.##")]));
        console.MarkupLine(Markup.Escape(L["Effective sample size: {0} (program), {1} (comparison).",
            Figures.Number(w.EffectiveSampleSizeTreated, "0.#"),
            Figures.Number(w.EffectiveSampleSizeControl, "0.#")]));

        var balance = new Table().AddColumns(
            Markup.Escape(L["Covariate"]), Markup.Escape(L["Mean program"]), Markup.Escape(L["Mean comparison"]), Markup.Escape(L["SMD before"]),
            Markup.Escape(L["SMD after weighting"]), Markup.Escape(L["Balanced (|SMD| < 0.1)"]));
        foreach (var b in r.Balance)
        {
            balance.AddRow(Markup.Escape(b.Name), Figures.Number(b.MeanTreated, "0.###"), Figures.Number(b.MeanControl, "0.###"),
                Figures.Number(b.StandardisedDifference, "0.###"), Figures.Number(b.WeightedStandardisedDifference, "0.###"), Markup.Escape(b.BalancedAfterWeighting ? L["yes"] : L["no"]));
        }

        console.Write(balance);

        var percent = Figures.Percent(r.HazardRatio.ConfidenceLevel);
        var survival = new Table().AddColumns(
            Markup.Escape(L["Group"]), Markup.Escape(L["Time"]), Markup.Escape(L["Weighted event-free"]), Markup.Escape(L["Robust SE"]), Markup.Escape(L["{0}% CI", percent]));
        // The command asks for the curves (WeightedComparison.Analyze's details), so both are there.
        foreach (var curve in new[] { r.TreatedCurve!, r.ControlCurve! })
        {
            var times = report.Horizons.IsEmpty ? (curve.Time.IsEmpty ? [] : [curve.Time[^1]]) : report.Horizons.ToArray();
            foreach (var time in times)
            {
                var at = LastAtOrBefore(curve, time);
                survival.AddRow(Markup.Escape(curve == r.TreatedCurve ? L["program"] : L["comparison"]), Figures.Number(time),
                    at < 0 ? "1" : Figures.Number(curve.Survival[at]),
                    at < 0 ? "0" : Figures.Number(curve.StandardError[at]),
                    at < 0 ? "NA" : Figures.Interval(curve.Lower[at], curve.Upper[at]));
            }
        }

        console.Write(survival);
        var c = r.HazardRatio.Coefficients[0];
        console.MarkupLine(Markup.Escape(L["Weighted hazard ratio (program vs comparison): {0} ({1}% CI {2}, robust SE {3}), {4}",
            Figures.Number(c.HazardRatio, "0.###"),
            percent,
            Figures.Interval(c.Lower, c.Upper, "0.###"),
            Figures.Number(c.RobustStandardError),
            Figures.PClause(c.PValue)]));
        Figures.WriteWarnings(console, r.Warnings);
    }

    private static int LastAtOrBefore(WeightedSurvivalCurve curve, double time)
    {
        var at = curve.Time.AsSpan().BinarySearch(time);
        return at >= 0 ? at : ~at - 1;
    }
}
