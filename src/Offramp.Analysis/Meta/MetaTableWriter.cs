using Offramp.Analysis.Output;
using Offramp.Statistics.Meta;

using Spectre.Console;

namespace Offramp.Analysis.Meta;

/// <summary>Writes the pooled estimate, heterogeneity and prediction interval as metafor's print and predict do, then the studies' weights.</summary>
internal static class MetaTableWriter
{
    public static void Write(IAnsiConsole console, MetaReport report)
    {
        var result = report.Result;
        var model = result.Method switch
        {
            MetaAnalysisMethod.Reml => "Random-effects meta-analysis (REML)",
            MetaAnalysisMethod.DerSimonianLaird => "Random-effects meta-analysis (DerSimonian–Laird)",
            _ => "Common-effect meta-analysis",
        };
        console.MarkupLine($"[bold]{model}[/] — {Markup.Escape(report.File)}: {Figures.Count(report.N)} studies" +
            (report.RowsSkipped > 0 ? $", {Figures.Count(report.RowsSkipped)} rows left out for a missing value" : string.Empty));

        var level = $"{result.ConfidenceLevel * 100:0.#}%";
        var pooled = new Table().AddColumns("Pooled estimate", "SE", $"{level} CI", "z", "p", $"{level} prediction interval");
        pooled.AddRow(
            Figures.Number(result.Estimate),
            Figures.Number(result.StandardError),
            Figures.Interval(result.Interval),
            Figures.Number(result.Z, "0.##"),
            Figures.PValue(result.PValue),
            Figures.Interval(result.PredictionInterval));
        console.Write(pooled);

        if (result.Method == MetaAnalysisMethod.CommonEffect)
        {
            console.MarkupLine("τ² = 0 by assumption: every study estimates the same effect.");
        }
        else
        {
            console.MarkupLine($"Between-study variance τ² = {Figures.Number(result.Tau2)} (SE {Figures.Number(result.Tau2StandardError)}), τ = {Figures.Number(result.Tau)}");
        }

        console.MarkupLine($"I² = {Figures.Number(result.I2, "0.##")}% of the variability is between studies; H² = {Figures.Number(result.H2, "0.##")}");
        console.MarkupLine($"Test for heterogeneity: Q = {Figures.Number(result.Q.Statistic, "0.##")} on {result.Q.DegreesOfFreedom} df, {Figures.PClause(result.Q.PValue)}");

        var studies = new Table().AddColumns("Study", "Effect size", "Variance", "Weight %");
        for (var i = 0; i < report.N; i++)
        {
            studies.AddRow(Markup.Escape(report.Studies[i]), Figures.Number(report.Yi[i]), Figures.Number(report.Vi[i], "0.######"), Figures.Number(result.Weights[i], "0.##"));
        }

        console.Write(studies);
        Figures.WriteWarnings(console, result.Warnings);
    }
}
