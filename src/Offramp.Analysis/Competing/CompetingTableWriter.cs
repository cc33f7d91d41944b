using System.Globalization;

using Offramp.Analysis.Output;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Competing;

/// <summary>Writes each cause's cumulative incidence per group at the horizons (or at the end of follow-up) and Gray's tests.</summary>
internal static class CompetingTableWriter
{
    public static void Write(IAnsiConsole console, CompetingReport report)
    {
        var result = report.Result;
        console.MarkupLine(
            $"[bold]{Markup.Escape(L["Competing risks"])}[/] — " +
            Markup.Escape(Figures.Clauses([
                Figures.Participants(report.File, report.N, report.RowsSkipped),
                L["causes {0}", string.Join(", ", result.Causes.Select(c => c.ToString(CultureInfo.InvariantCulture)))]])));
        var level = Markup.Escape(L["{0}% CI", Figures.Percent(result.ConfidenceLevel)]);
        var table = new Table().AddColumns(
            Markup.Escape(L["Cause"]), Markup.Escape(L["Group"]), "N", Markup.Escape(L["Events"]), Markup.Escape(L["Time"]), Markup.Escape(L["Cumulative incidence"]), level);
        foreach (var curve in result.Curves)
        {
            var group = curve.Group.Length == 0 ? Figures.LowerFirst(L["All"]) : curve.Group;
            if (curve.Horizons.IsEmpty)
            {
                var last = curve.Estimate.IsEmpty ? 0 : curve.Estimate[^1];
                var lower = curve.Lower.IsEmpty ? double.NaN : curve.Lower[^1];
                var upper = curve.Upper.IsEmpty ? double.NaN : curve.Upper[^1];
                table.AddRow($"{curve.Cause}", Markup.Escape(group), Figures.Count(curve.N), Figures.Count(curve.Events), Markup.Escape(L["end ({0})", Figures.Number(curve.LastFollowUp)]), Figures.Number(last), Figures.Interval(lower, upper));
            }

            foreach (var horizon in curve.Horizons)
            {
                table.AddRow($"{curve.Cause}", Markup.Escape(group), Figures.Count(curve.N), Figures.Count(curve.Events), Figures.Number(horizon.Time), Figures.Number(horizon.Estimate), Figures.Interval(horizon.Lower, horizon.Upper));
            }
        }

        console.Write(table);
        foreach (var test in result.Tests)
        {
            console.MarkupLine(Markup.Escape(L["Gray's test, cause {0}: chi-square {1} on {2} df, {3}",
                test.Cause.ToString(CultureInfo.InvariantCulture),
                Figures.Number(test.Statistic, "0.##"),
                test.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture),
                Figures.PClause(test.PValue)]));
        }

        if (result.Curves.Any(c => c.Horizons.Any(h => double.IsNaN(h.Estimate))))
        {
            console.MarkupLine($"{Markup.Escape(L["Note:"])} {Markup.Escape(L["NA where a time lies beyond a group's longest follow-up."])}");
        }

        Figures.WriteWarnings(console, result.Curves.SelectMany(c => c.Warnings));
    }
}
