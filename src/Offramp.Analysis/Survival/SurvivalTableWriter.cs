using System.Globalization;

using Offramp.Analysis.Output;
using Offramp.Statistics.Survival;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Survival;

/// <summary>Writes the survival report as tables: medians, survival at horizons, log-rank tests, warnings.</summary>
internal static class SurvivalTableWriter
{
    public static void Write(IAnsiConsole console, SurvivalReport report)
    {
        var curves = report.Groups.IsEmpty ? [report.Overall] : report.Groups.Insert(0, report.Overall);
        var first = report.Overall.Curve;
        var level = Markup.Escape(L["{0}% CI ({1})", Figures.Percent(first.ConfidenceLevel), Name(first.ConfidenceType)]);
        console.MarkupLine($"[bold]{Markup.Escape(L["Survival"])}[/] — {Markup.Escape(Figures.Participants(report.File, report.N, report.RowsSkipped))}");

        var medians = new Table().AddColumns(Markup.Escape(L["Group"]), "N", Markup.Escape(L["Events"]), Markup.Escape(L["Median time to event"]), level);
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
            var horizons = new Table().AddColumns(
                Markup.Escape(L["Group"]), Markup.Escape(L["Time"]), Markup.Escape(L["At risk"]), Markup.Escape(L["Events"]),
                Markup.Escape(L["Event-free"]), Markup.Escape(L["Std. error"]), level);
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

        WriteLogRank(console, L["Log-rank test"], report.LogRank);
        WriteLogRank(console, L["Stratified log-rank test"], report.StratifiedLogRank);
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"{Markup.Escape(L["Note:"])} {Markup.Escape(note.Say(L))}");
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

        var table = new Table().Title(Markup.Escape(title)).AddColumns(Markup.Escape(L["Group"]), "N", Markup.Escape(L["Observed"]), Markup.Escape(L["Expected"]), "(O-E)²/E");
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
        console.MarkupLine(Markup.Escape(L["Chi-square = {0} on {1} degrees of freedom, {2}",
            Figures.Number(test.ChiSquare, "0.###"),
            test.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture),
            Figures.PClause(test.PValue)]));
    }

    private static string Label(KaplanMeierCurve curve) => curve.Label.Length == 0 ? L["All"] : curve.Label;

    private static string Name(SurvivalConfidenceType type) => type switch
    {
        SurvivalConfidenceType.Log => "log",
        SurvivalConfidenceType.Plain => "plain",
        _ => "log-log",
    };
}
