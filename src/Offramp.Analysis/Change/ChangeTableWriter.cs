using Offramp.Analysis.Output;
using Offramp.Statistics.Change;

using Spectre.Console;

namespace Offramp.Analysis.Change;

/// <summary>Writes the change report as tables; participants are listed individually only for small programs.</summary>
internal static class ChangeTableWriter
{
    private const int ParticipantListLimit = 200;

    public static void Write(IAnsiConsole console, ChangeReport report)
    {
        var t = report.TTest;
        var w = report.Wilcoxon;
        console.MarkupLine($"[bold]Change[/] (after - before) — {Markup.Escape(report.File)}: {Figures.Count(report.N)} participants" +
            (report.RowsSkipped > 0 ? $", {Figures.Count(report.RowsSkipped)} rows left out for a missing value" : string.Empty));

        var summary = new Table().AddColumns("Figure", "Value", "Detail");
        summary.AddRow("Mean change", Figures.Number(t.MeanDifference), $"{t.Interval.Level * 100:0.#}% CI {Figures.Interval(t.Interval)}; SD {Figures.Number(t.StandardDeviation)}");
        summary.AddRow("Paired t-test", $"t = {Figures.Number(t.T, "0.###")}", $"df = {t.DegreesOfFreedom}, {Figures.PClause(t.PValue)}");
        summary.AddRow(
            "Wilcoxon signed-rank",
            $"W = {Figures.Number(w.Statistic, "0.#")}",
            $"{Figures.PClause(w.PValue)} ({(w.Method == WilcoxonMethod.Exact ? "exact" : $"normal approximation, z = {Figures.Number(w.Z, "0.###")}")}; {w.ZeroDifferences} unchanged)");
        summary.AddRow("Cohen's d_z", Figures.Number(report.CohensDz.Value, "0.###"), "mean change / SD of changes");
        console.Write(summary);

        if (report.ReliableChange is { } rci)
        {
            console.MarkupLine(
                $"Reliable change (Jacobson–Truax, reliability {Figures.Number(rci.Reliability)}, baseline SD {Figures.Number(rci.BaselineStandardDeviation)}, " +
                $"|RCI| > {Figures.Number(rci.Criterion)}): {rci.ReliableIncreases} reliably increased, {rci.NoReliableChanges} no reliable change, {rci.ReliableDecreases} reliably decreased.");
            if (rci.N <= ParticipantListLimit)
            {
                var participants = new Table().AddColumns("Participant", "Before", "After", "Change", "RCI", "Reliable change");
                foreach (var p in rci.Participants)
                {
                    participants.AddRow(Markup.Escape(p.Subject), Figures.Number(p.Before), Figures.Number(p.After), Figures.Number(p.Change), Figures.Number(p.Index, "0.##"), Describe(p.Category));
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
        console.MarkupLine($"[bold]ANCOVA[/]: follow-up on baseline and {Markup.Escape(comparison.Column)}, compared with {Markup.Escape(ancova.ReferenceGroup)} (residual SE {Figures.Number(ancova.ResidualStandardError)} on {ancova.DegreesOfFreedom} df, R² {Figures.Number(ancova.RSquared, "0.###")})");
        var table = new Table().AddColumns("Term", "Estimate", "SE", $"{ancova.Coefficients[0].Interval.Level * 100:0.#}% CI", "t", "p");
        foreach (var c in ancova.Coefficients)
        {
            table.AddRow(Markup.Escape(c.Name), Figures.Number(c.Estimate), Figures.Number(c.StandardError), Figures.Interval(c.Interval), Figures.Number(c.T, "0.###"), Figures.PValue(c.PValue));
        }

        console.Write(table);
        if (comparison.Welch is { } w)
        {
            console.MarkupLine(
                $"Welch's test on the change: mean change {Markup.Escape(w.FirstGroup)} {Figures.Number(w.MeanFirst)}, {Markup.Escape(w.SecondGroup)} {Figures.Number(w.MeanSecond)}; " +
                $"difference {Figures.Number(w.Difference)} ({w.Interval.Level * 100:0.#}% CI {Figures.Interval(w.Interval)}), t = {Figures.Number(w.T, "0.###")}, df = {Figures.Number(w.DegreesOfFreedom, "0.#")}, {Figures.PClause(w.PValue)}");
        }
    }

    private static string Describe(ReliableChangeCategory category) => category switch
    {
        ReliableChangeCategory.ReliableIncrease => "increase",
        ReliableChangeCategory.ReliableDecrease => "decrease",
        _ => "none",
    };
}
