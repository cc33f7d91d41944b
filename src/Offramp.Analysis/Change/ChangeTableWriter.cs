using System.Globalization;

using Offramp.Analysis.Output;
using Offramp.Statistics.Change;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Change;

/// <summary>Writes the change report as tables; participants are listed individually only for small programs.</summary>
internal static class ChangeTableWriter
{
    private const int ParticipantListLimit = 200;

    public static void Write(IAnsiConsole console, ChangeReport report)
    {
        var t = report.TTest;
        var w = report.Wilcoxon;
        // The bold word and its markup are part of the text, so that a translation keeps the parenthesis with its word.
        console.MarkupLine(L["[bold]Change[/] (after - before)"] + " — " + Markup.Escape(Figures.Participants(report.File, report.N, report.RowsSkipped)));

        var summary = new Table().AddColumns(Markup.Escape(L["Figure"]), Markup.Escape(L["Value"]), Markup.Escape(L["Detail"]));
        summary.AddRow(
            Markup.Escape(L["Mean change"]),
            Figures.Number(t.MeanDifference),
            Markup.Escape(L["{0}% CI {1}; SD {2}", Figures.Percent(t.Interval.Level), Figures.Interval(t.Interval), Figures.Number(t.StandardDeviation)]));
        summary.AddRow(Markup.Escape(L["Paired t-test"]), $"t = {Figures.Number(t.T, "0.###")}", $"df = {t.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture)}, {Figures.PClause(t.PValue)}");
        var zeroDifferences = w.ZeroDifferences.ToString(CultureInfo.InvariantCulture);
        summary.AddRow(
            Markup.Escape(L["Wilcoxon signed-rank"]),
            $"W = {Figures.Number(w.Statistic, "0.#")}",
            Markup.Escape(w.Method == WilcoxonMethod.Exact
                ? L["{0} (exact; {1} unchanged)", Figures.PClause(w.PValue), zeroDifferences]
                : L["{0} (normal approximation, z = {1}; {2} unchanged)", Figures.PClause(w.PValue), Figures.Number(w.Z, "0.###"), zeroDifferences]));
        summary.AddRow(Markup.Escape(L["Cohen's d_z"]), Figures.Number(report.CohensDz.Value, "0.###"), Markup.Escape(L["mean change / SD of changes"]));
        console.Write(summary);

        if (report.ReliableChange is { } rci)
        {
            console.MarkupLine(Markup.Escape(L["Reliable change (Jacobson–Truax, reliability {0}, baseline SD {1}, |RCI| > {2}): {3} reliably increased, {4} no reliable change, {5} reliably decreased.",
                Figures.Number(rci.Reliability),
                Figures.Number(rci.BaselineStandardDeviation),
                Figures.Number(rci.Criterion),
                rci.ReliableIncreases.ToString(CultureInfo.InvariantCulture),
                rci.NoReliableChanges.ToString(CultureInfo.InvariantCulture),
                rci.ReliableDecreases.ToString(CultureInfo.InvariantCulture)]));
            if (rci.N <= ParticipantListLimit)
            {
                var participants = new Table().AddColumns(
                    Markup.Escape(L["Participant"]), Markup.Escape(L["Before"]), Markup.Escape(L["After"]), Markup.Escape(L["Change"]), "RCI", Markup.Escape(L["Reliable change"]));
                foreach (var p in rci.Participants)
                {
                    participants.AddRow(Markup.Escape(p.Subject), Figures.Number(p.Before), Figures.Number(p.After), Figures.Number(p.Change), Figures.Number(p.Index, "0.##"), Markup.Escape(Describe(p.Category)));
                }

                console.Write(participants);
            }
        }

        if (report.Comparison is { } comparison)
        {
            WriteComparison(console, comparison);
        }

        Figures.WriteWarnings(console, t.Warnings.Concat(w.Warnings).Concat(report.CohensDz.Warnings).Concat(report.ReliableChange?.Warnings ?? [])
            .Concat(report.Comparison?.Ancova.Warnings ?? []).Concat(report.Comparison?.Welch?.Warnings ?? []));
    }

    private static void WriteComparison(IAnsiConsole console, ChangeComparison comparison)
    {
        var ancova = comparison.Ancova;
        console.MarkupLine("[bold]ANCOVA[/]: " + Markup.Escape(L["follow-up on baseline and {0}, compared with {1} (residual SE {2} on {3} df, R² {4})",
            comparison.Column,
            ancova.ReferenceGroup,
            Figures.Number(ancova.ResidualStandardError),
            ancova.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture),
            Figures.Number(ancova.RSquared, "0.###")]));
        var table = new Table().AddColumns(
            Markup.Escape(L["Term"]), Markup.Escape(L["Estimate"]), "SE", Markup.Escape(L["{0}% CI", Figures.Percent(ancova.Coefficients[0].Interval.Level)]), "t", "p");
        foreach (var c in ancova.Coefficients)
        {
            table.AddRow(Markup.Escape(c.Name), Figures.Number(c.Estimate), Figures.Number(c.StandardError), Figures.Interval(c.Interval), Figures.Number(c.T, "0.###"), Figures.PValue(c.PValue));
        }

        console.Write(table);
        if (comparison.Welch is { } w)
        {
            console.MarkupLine(Markup.Escape(L["Welch's test on the change: mean change {0} {1}, {2} {3}; difference {4} ({5}% CI {6}), t = {7}, df = {8}, {9}",
                w.FirstGroup,
                Figures.Number(w.MeanFirst),
                w.SecondGroup,
                Figures.Number(w.MeanSecond),
                Figures.Number(w.Difference),
                Figures.Percent(w.Interval.Level),
                Figures.Interval(w.Interval),
                Figures.Number(w.T, "0.###"),
                Figures.Number(w.DegreesOfFreedom, "0.#"),
                Figures.PClause(w.PValue)]));
        }
    }

    private static string Describe(ReliableChangeCategory category) => category switch
    {
        ReliableChangeCategory.ReliableIncrease => L["increase"],
        ReliableChangeCategory.ReliableDecrease => L["decrease"],
        _ => L["none"],
    };
}
