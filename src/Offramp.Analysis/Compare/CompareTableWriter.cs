using Offramp.Analysis.Output;
using Offramp.Statistics.Contingency;

using Spectre.Console;

namespace Offramp.Analysis.Compare;

/// <summary>Writes the comparison report as tables: counts with row percentages and Wilson intervals, tests, effect sizes.</summary>
internal static class CompareTableWriter
{
    public static void Write(IAnsiConsole console, CompareReport report)
    {
        console.MarkupLine($"[bold]Comparison[/] of {Markup.Escape(report.OutcomeColumn)} by {Markup.Escape(report.GroupColumn)} — " +
            $"{Markup.Escape(report.File)}: {Figures.Count(report.N)} participants" +
            (report.RowsSkipped > 0 ? $", {Figures.Count(report.RowsSkipped)} rows left out for a missing value" : string.Empty));
        WriteComparison(console, "All participants", report.Overall, report.OutcomeColumn);
        foreach (var stratum in report.Strata)
        {
            WriteComparison(console, $"Stratum {stratum.Label}", stratum.Comparison, report.OutcomeColumn);
        }

        if (report.MantelHaenszel is { } pooled)
        {
            var corrected = report.MantelHaenszelCorrected!;
            var table = new Table().Title("Pooled over strata (Mantel–Haenszel)").AddColumns("Figure", "Value", $"{pooled.Interval.Level * 100:0.#}% CI / p");
            table.AddRow("Pooled odds ratio", Figures.Number(pooled.PooledOddsRatio), Figures.Interval(pooled.Interval));
            table.AddRow("MH chi-square (1 df)", Figures.Number(pooled.ChiSquare, "0.###"), Figures.PValue(pooled.PValue));
            table.AddRow("MH chi-square, continuity corrected", Figures.Number(corrected.ChiSquare, "0.###"), Figures.PValue(corrected.PValue));
            table.AddRow($"Breslow–Day, equal odds ratios ({pooled.StrataCount - 1} df)", Figures.Number(pooled.HomogeneityChiSquare, "0.###"), Figures.PValue(pooled.HomogeneityPValue));
            console.Write(table);
            Figures.WriteWarnings(console, pooled.Warnings);
        }
    }

    private static void WriteComparison(IAnsiConsole console, string title, TableComparison comparison, string outcomeColumn)
    {
        var table = comparison.Table;
        var counts = new Table().Title(title).AddColumn("Group");
        foreach (var column in table.ColumnLabels)
        {
            counts.AddColumn(Markup.Escape($"{outcomeColumn} = {column}"));
        }

        counts.AddColumn("Total");
        for (var r = 0; r < table.RowCount; r++)
        {
            var cells = new List<string> { Markup.Escape(table.RowLabels[r]) };
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var proportion = comparison.RowProportions[r].IsEmpty ? null : comparison.RowProportions[r][c];
                cells.Add(proportion is null
                    ? Figures.Count(table[r, c])
                    : $"{Figures.Count(table[r, c])} ({Figures.Number(proportion.Proportion * 100, "0.#")}%, {Figures.Interval(proportion.Interval.Lower * 100, proportion.Interval.Upper * 100, "0.#")})");
            }

            cells.Add(Figures.Count(table.RowTotals[r]));
            counts.AddRow([.. cells]);
        }

        console.Write(counts);
        console.MarkupLine("Percentages are of the group's row, with Wilson intervals.");

        var tests = new Table().AddColumns("Test", "Statistic", "df", "p");
        tests.AddRow("Pearson chi-square", Figures.Number(comparison.ChiSquare.Statistic, "0.###"), comparison.ChiSquare.DegreesOfFreedom.ToString(System.Globalization.CultureInfo.InvariantCulture), Figures.PValue(comparison.ChiSquare.PValue));
        if (comparison.ChiSquareYates.YatesCorrected)
        {
            tests.AddRow("Chi-square with Yates' correction", Figures.Number(comparison.ChiSquareYates.Statistic, "0.###"), "1", Figures.PValue(comparison.ChiSquareYates.PValue));
        }

        if (comparison.FisherExact is { } fisher)
        {
            tests.AddRow("Fisher's exact test (two-sided)", string.Empty, string.Empty, Figures.PValue(fisher.PValue));
        }

        console.Write(tests);

        var effects = new Table().AddColumns("Effect size", "Value", "CI");
        if (comparison.OddsRatio is { } oddsRatio)
        {
            effects.AddRow($"Odds ratio ({Markup.Escape($"{outcomeColumn} = {table.ColumnLabels[0]}")}, {Markup.Escape(table.RowLabels[0])} vs {Markup.Escape(table.RowLabels[1])}; Woolf)", Figures.Number(oddsRatio.Estimate), Figures.Interval(oddsRatio.Interval));
        }

        if (comparison.RiskDifference is { } riskDifference)
        {
            effects.AddRow($"Risk difference ({Markup.Escape(table.RowLabels[0])} - {Markup.Escape(table.RowLabels[1])}; Wald)", Figures.Number(riskDifference.Difference), Figures.Interval(riskDifference.Interval));
        }

        if (table.IsTwoByTwo)
        {
            effects.AddRow("Phi", Figures.Number(comparison.Association.Phi), string.Empty);
        }

        effects.AddRow("Cramér's V", Figures.Number(comparison.Association.CramersV), string.Empty);
        console.Write(effects);

        Figures.WriteWarnings(console, comparison.Warnings
            .Concat(comparison.RowProportions.SelectMany(row => row).SelectMany(p => p.Warnings).Where(w => w.Kind != Statistics.Common.SmallNumberKind.FewEvents))
            .Concat(comparison.FisherExact?.Warnings ?? [])
            .Concat(comparison.OddsRatio?.Warnings ?? [])
            .Concat(comparison.RiskDifference?.Warnings ?? []));
    }
}
