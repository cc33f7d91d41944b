using Offramp.Analysis.Output;
using Offramp.Statistics.Common;

using Spectre.Console;

namespace Offramp.Analysis.Cox;

/// <summary>Writes the Cox model as R's summary(coxph) does, in tables, with its warnings in words.</summary>
internal static class CoxTableWriter
{
    public static void Write(IAnsiConsole console, CoxReport report)
    {
        var model = report.Model;
        var robust = model.RobustScore is not null;
        console.MarkupLine($"[bold]Cox regression[/] — {Markup.Escape(report.File)}: {Figures.Count(report.N)} participants, {Figures.Count(model.Events)} events" +
            (report.RowsSkipped > 0 ? $", {Figures.Count(report.RowsSkipped)} rows left out for a missing value" : string.Empty) +
            $"; ties: {model.Ties.ToString().ToLowerInvariant()}" +
            (report.Strata.IsEmpty ? string.Empty : $"; stratified by {report.Strata.Length} strata") +
            (report.Clusters > 0 ? $"; {Figures.Count(report.Clusters)} clusters" : string.Empty));
        foreach (var covariate in report.Covariates.Where(c => c.Reference is not null))
        {
            console.MarkupLine($"{Markup.Escape(covariate.Name)}: compared with {Markup.Escape(covariate.Reference!)}");
        }

        var level = $"{model.ConfidenceLevel * 100:0.#}% CI";
        var table = new Table().AddColumns("Covariate", "Hazard ratio", level, "coef", "SE");
        if (robust)
        {
            table.AddColumn("Robust SE");
        }

        table.AddColumns("z", "p");
        foreach (var c in model.Coefficients)
        {
            var cells = new List<string> { Markup.Escape(c.Name), Figures.Number(c.HazardRatio, "0.###"), Figures.Interval(c.Lower, c.Upper, "0.###"), Figures.Number(c.Estimate), Figures.Number(c.StandardError) };
            if (robust)
            {
                cells.Add(Figures.Number(c.RobustStandardError));
            }

            cells.Add(Figures.Number(c.Z, "0.##"));
            cells.Add(Figures.PValue(c.PValue));
            table.AddRow([.. cells]);
        }

        console.Write(table);
        var tests = new Table().AddColumns("Test (all coefficients 0)", "Chi-square", "df", "p");
        AddTest(tests, "Likelihood ratio", model.LikelihoodRatio);
        AddTest(tests, robust ? "Wald (robust)" : "Wald", model.Wald);
        AddTest(tests, "Score (log-rank)", model.Score);
        if (model.RobustScore is { } robustScore)
        {
            AddTest(tests, "Robust score", robustScore);
        }

        console.Write(tests);
        if (model.Concordance is { } concordance)
        {
            console.MarkupLine($"Concordance: {Figures.Number(concordance.Estimate, "0.####")} (SE {Figures.Number(concordance.StandardError, "0.#####")})");
        }
        Figures.WriteWarnings(console, model.Warnings);
    }

    private static void AddTest(Table table, string name, ChiSquareTest test) =>
        table.AddRow(name, Figures.Number(test.Statistic, "0.##"), test.DegreesOfFreedom.ToString(System.Globalization.CultureInfo.InvariantCulture), Figures.PValue(test.PValue));
}
