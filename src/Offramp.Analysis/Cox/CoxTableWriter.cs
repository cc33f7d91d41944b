using System.Globalization;

using Offramp.Analysis.Output;
using Offramp.Statistics.Common;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Cox;

/// <summary>Writes the Cox model as R's summary(coxph) does, in tables, with its warnings in words.</summary>
internal static class CoxTableWriter
{
    public static void Write(IAnsiConsole console, CoxReport report)
    {
        var model = report.Model;
        var robust = model.RobustScore is not null;
        var clauses = new List<string>
        {
            report.RowsSkipped > 0
                ? L["{0}: {1} participants, {2} events, {3} rows left out for a missing value", report.File, Figures.Count(report.N), Figures.Count(model.Events), Figures.Count(report.RowsSkipped)]
                : L["{0}: {1} participants, {2} events", report.File, Figures.Count(report.N), Figures.Count(model.Events)],
            L["ties: {0}", model.Ties.ToString().ToLowerInvariant()],
        };
        if (!report.Strata.IsEmpty)
        {
            clauses.Add(L["stratified by {0} strata", report.Strata.Length.ToString(CultureInfo.InvariantCulture)]);
        }

        if (report.Clusters > 0)
        {
            clauses.Add(L["{0} clusters", Figures.Count(report.Clusters)]);
        }

        console.MarkupLine($"[bold]{Markup.Escape(L["Cox regression"])}[/] — {Markup.Escape(Figures.Clauses(clauses))}");
        foreach (var covariate in report.Covariates.Where(c => c.Reference is not null))
        {
            console.MarkupLine(Markup.Escape(L["{0}: compared with {1}", covariate.Name, covariate.Reference!]));
        }

        var level = Markup.Escape(L["{0}% CI", Figures.Percent(model.ConfidenceLevel)]);
        var table = new Table().AddColumns(Markup.Escape(L["Covariate"]), Markup.Escape(L["Hazard ratio"]), level, "coef", "SE");
        if (robust)
        {
            table.AddColumn(Markup.Escape(L["Robust SE"]));
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
        var tests = new Table().AddColumns(Markup.Escape(L["Test (all coefficients 0)"]), Markup.Escape(L["Chi-square"]), "df", "p");
        AddTest(tests, L["Likelihood ratio"], model.LikelihoodRatio);
        AddTest(tests, robust ? L["Wald (robust)"] : L["Wald"], model.Wald);
        AddTest(tests, L["Score (log-rank)"], model.Score);
        if (model.RobustScore is { } robustScore)
        {
            AddTest(tests, L["Robust score"], robustScore);
        }

        console.Write(tests);
        if (model.Concordance is { } concordance)
        {
            console.MarkupLine(Markup.Escape(L["Concordance: {0} (SE {1})", Figures.Number(concordance.Estimate, "0.####"), Figures.Number(concordance.StandardError, "0.#####")]));
        }
        Figures.WriteWarnings(console, model.Warnings);
    }

    private static void AddTest(Table table, string name, ChiSquareTest test) =>
        table.AddRow(Markup.Escape(name), Figures.Number(test.Statistic, "0.##"), test.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture), Figures.PValue(test.PValue));
}
