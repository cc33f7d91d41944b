using Offramp.Analysis.Output;

using Spectre.Console;

namespace Offramp.Analysis.Competing;

/// <summary>Writes each cause's cumulative incidence per group at the horizons (or at the end of follow-up) and Gray's tests.</summary>
internal static class CompetingTableWriter
{
    public static void Write(IAnsiConsole console, CompetingReport report)
    {
        var result = report.Result;
        console.MarkupLine($"[bold]Competing risks[/] — {Markup.Escape(report.File)}: {Figures.Count(report.N)} participants" +
            (report.RowsSkipped > 0 ? $", {Figures.Count(report.RowsSkipped)} rows left out for a missing value" : string.Empty) +
            $"; causes {string.Join(", ", result.Causes)}");
        var level = $"{result.ConfidenceLevel * 100:0.#}% CI";
        var table = new Table().AddColumns("Cause", "Group", "N", "Events", "Time", "Cumulative incidence", level);
        foreach (var curve in result.Curves)
        {
            var group = curve.Group.Length == 0 ? "all" : curve.Group;
            if (curve.Horizons.IsEmpty)
            {
                var last = curve.Estimate.IsEmpty ? 0 : curve.Estimate[^1];
                var lower = curve.Lower.IsEmpty ? double.NaN : curve.Lower[^1];
                var upper = curve.Upper.IsEmpty ? double.NaN : curve.Upper[^1];
                table.AddRow($"{curve.Cause}", Markup.Escape(group), Figures.Count(curve.N), Figures.Count(curve.Events), $"end ({Figures.Number(curve.LastFollowUp)})", Figures.Number(last), Figures.Interval(lower, upper));
            }

            foreach (var horizon in curve.Horizons)
            {
                table.AddRow($"{curve.Cause}", Markup.Escape(group), Figures.Count(curve.N), Figures.Count(curve.Events), Figures.Number(horizon.Time), Figures.Number(horizon.Estimate), Figures.Interval(horizon.Lower, horizon.Upper));
            }
        }

        console.Write(table);
        foreach (var test in result.Tests)
        {
            console.MarkupLine($"Gray's test, cause {test.Cause}: chi-square {Figures.Number(test.Statistic, "0.##")} on {test.DegreesOfFreedom} df, {Figures.PClause(test.PValue)}");
        }

        if (result.Curves.Any(c => c.Horizons.Any(h => double.IsNaN(h.Estimate))))
        {
            console.MarkupLine("Note: NA where a time lies beyond a group's longest follow-up.");
        }

        Figures.WriteWarnings(console, result.Curves.SelectMany(c => c.Warnings));
    }
}
