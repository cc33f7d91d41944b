using Offramp.Analysis.Output;
using Offramp.Statistics.Survival;

using Spectre.Console;

namespace Offramp.Analysis.Survival;

/// <summary>Writes the survival report as tables: medians, survival at horizons, log-rank tests, warnings.</summary>
internal static class SurvivalTableWriter
{
    public static void Write(IAnsiConsole console, SurvivalReport report)
    {
        var curves = report.Groups.IsEmpty ? [report.Overall] : report.Groups.Insert(0, report.Overall);
        var first = report.Overall.Curve;
        var level = $"{first.ConfidenceLevel * 100:0.#}% CI ({Name(first.ConfidenceType)})";
        console.MarkupLine($"[bold]Survival[/] — {Markup.Escape(report.File)}: {Figures.Count(report.N)} participants" +
            (report.RowsSkipped > 0 ? $", {Figures.Count(report.RowsSkipped)} rows left out for a missing value" : string.Empty));

        var medians = new Table().AddColumns("Group", "N", "Events", "Median time to event", level);
        foreach (var curve in curves)
        {
            medians.AddRow(
                Markup.Escape(Label(curve.Curve)),
                Figures.Count(curve.Curve.N),
                Figures.Count(curve.Curve.Events),
                Figures.Number(curve.Median.Median),
                Figures.Interval(curve.Median.Lower, curve.Median.Upper));
        }

        console.Write(medians);

        if (curves.Any(c => !c.Horizons.IsEmpty))
        {
            var horizons = new Table().AddColumns("Group", "Time", "At risk", "Events", "Event-free", "Std. error", level);
            foreach (var curve in curves)
            {
                foreach (var horizon in curve.Horizons)
                {
                    horizons.AddRow(
                        Markup.Escape(Label(curve.Curve)),
                        Figures.Number(horizon.Time),
                        Figures.Count(horizon.NumberAtRisk),
                        Figures.Count(horizon.NumberOfEvents),
                        Figures.Number(horizon.Survival),
                        Figures.Number(horizon.StandardError),
                        Figures.Interval(horizon.Lower, horizon.Upper));
                }
            }

            console.Write(horizons);
        }

        WriteLogRank(console, "Log-rank test", report.LogRank);
        WriteLogRank(console, "Stratified log-rank test", report.StratifiedLogRank);
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"Note: {Markup.Escape(note)}");
        }

        Figures.WriteWarnings(console, curves.SelectMany(c => c.Curve.Warnings)
            .Concat(report.LogRank?.Warnings ?? [])
            .Concat(report.StratifiedLogRank?.Warnings ?? []));
    }

    private static void WriteLogRank(IAnsiConsole console, string title, LogRankResult? test)
    {
        if (test is null)
        {
            return;
        }

        var table = new Table().Title(title).AddColumns("Group", "N", "Observed", "Expected", "(O-E)²/E");
        foreach (var group in test.Groups)
        {
            table.AddRow(
                Markup.Escape(group.Label),
                Figures.Count(group.N),
                Figures.Number(group.Observed, "0.##"),
                Figures.Number(group.Expected, "0.##"),
                Figures.Number(group.ObservedMinusExpectedSquaredOverExpected, "0.###"));
        }

        console.Write(table);
        console.MarkupLine($"Chi-square = {Figures.Number(test.ChiSquare, "0.###")} on {test.DegreesOfFreedom} degrees of freedom, {Figures.PClause(test.PValue)}");
    }

    private static string Label(KaplanMeierCurve curve) => curve.Label.Length == 0 ? "All" : curve.Label;

    private static string Name(SurvivalConfidenceType type) => type switch
    {
        SurvivalConfidenceType.Log => "log",
        SurvivalConfidenceType.Plain => "plain",
        _ => "log-log",
    };
}
