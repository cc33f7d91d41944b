using Offramp.Analysis.Output;
using Offramp.Statistics.Meta;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Meta;

/// <summary>Writes the pooled estimate, heterogeneity and prediction interval as metafor's print and predict do, then the studies' weights.</summary>
internal static class MetaTableWriter
{
    public static void Write(IAnsiConsole console, MetaReport report)
    {
        var result = report.Result;
        var model = result.Method switch
        {
            MetaAnalysisMethod.Reml => L["Random-effects meta-analysis (REML)"],
            MetaAnalysisMethod.DerSimonianLaird => L["Random-effects meta-analysis (DerSimonian–Laird)"],
            _ => L["Common-effect meta-analysis"],
        };
        var studiesRead = report.RowsSkipped > 0
            ? L["{0}: {1} studies, {2} rows left out for a missing value", report.File, Figures.Count(report.N), Figures.Count(report.RowsSkipped)]
            : L["{0}: {1} studies", report.File, Figures.Count(report.N)];
        console.MarkupLine($"[bold]{Markup.Escape(model)}[/] — {Markup.Escape(studiesRead)}");

        var level = Figures.Percent(result.ConfidenceLevel);
        var pooled = new Table().AddColumns(
            Markup.Escape(L["Pooled estimate"]), "SE", Markup.Escape(L["{0}% CI", level]), "z", "p", Markup.Escape(L["{0}% prediction interval", level]));
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
            console.MarkupLine(Markup.Escape(L["τ² = 0 by assumption: every study estimates the same effect."]));
        }
        else
        {
            console.MarkupLine(Markup.Escape(L["Between-study variance τ² = {0} (SE {1}), τ = {2}", Figures.Number(result.Tau2), Figures.Number(result.Tau2StandardError), Figures.Number(result.Tau)]));
        }

        console.MarkupLine(Markup.Escape(L["I² = {0}% of the variability is between studies; H² = {1}", Figures.Number(result.I2, "0.##"), Figures.Number(result.H2, "0.##")]));
        console.MarkupLine(Markup.Escape(L["Test for heterogeneity: Q = {0} on {1} df, {2}",
            Figures.Number(result.Q.Statistic, "0.##"),
            result.Q.DegreesOfFreedom.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Figures.PClause(result.Q.PValue)]));

        var studies = new Table().AddColumns(Markup.Escape(L["Study"]), Markup.Escape(L["Effect size"]), Markup.Escape(L["Variance"]), Markup.Escape(L["Weight %"]));
        for (var i = 0; i < report.N; i++)
        {
            studies.AddRow(Markup.Escape(report.Studies[i]), Figures.Number(report.Yi[i]), Figures.Number(report.Vi[i], "0.######"), Figures.Number(result.Weights[i], "0.##"));
        }

        console.Write(studies);
        Figures.WriteWarnings(console, result.Warnings);
    }
}
