using System.Globalization;

using Offramp.Analysis.Output;
using Offramp.Statistics.Contingency;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Compare;

/// <summary>Writes the comparison report as tables: counts with row percentages and Wilson intervals, tests, effect sizes.</summary>
internal static class CompareTableWriter
{
    public static void Write(IAnsiConsole console, CompareReport report)
    {
        // The bold word and its markup are part of the text: a translation may place the column names before it.
        console.MarkupLine(
            L["[bold]Comparison[/] of {0} by {1}", Markup.Escape(report.OutcomeColumn), Markup.Escape(report.GroupColumn)] + " — " +
            Markup.Escape(Figures.Participants(report.File, report.N, report.RowsSkipped)));
        WriteComparison(console, L["All participants"], report.Overall, report.OutcomeColumn);
        foreach (var stratum in report.Strata)
        {
            WriteComparison(console, L["Stratum {0}", stratum.Label], stratum.Comparison, report.OutcomeColumn);
        }

        if (report.MantelHaenszel is { } pooled)
        {
            var corrected = report.MantelHaenszelCorrected!;
            var table = new Table().Title(Markup.Escape(L["Pooled over strata (Mantel–Haenszel)"]))
                .AddColumns(Markup.Escape(L["Figure"]), Markup.Escape(L["Value"]), Markup.Escape(L["{0}% CI / p", Figures.Percent(pooled.Interval.Level)]));
            table.AddRow(Markup.Escape(L["Pooled odds ratio"]), Figures.Number(pooled.PooledOddsRatio), Figures.Interval(pooled.Interval));
            table.AddRow(Markup.Escape(L["MH chi-square (1 df)"]), Figures.Number(pooled.ChiSquare, "0.###"), Figures.PValue(pooled.PValue));
            table.AddRow(Markup.Escape(L["MH chi-square, continuity corrected"]), Figures.Number(corrected.ChiSquare, "0.###"), Figures.PValue(corrected.PValue));
            table.AddRow(
                Markup.Escape(L["Breslow–Day, equal odds ratios ({0} df)", (pooled.StrataCount - 1).ToString(CultureInfo.InvariantCulture)]),
                Figures.Number(pooled.HomogeneityChiSquare, "0.###"),
                Figures.PValue(pooled.HomogeneityPValue));
            console.Write(table);
            Figures.WriteWarnings(console, pooled.Warnings);
        }
    }

    private static void WriteComparison(IAnsiConsole console, string title, TableComparison comparison, string outcomeColumn)
    {
        var table = comparison.Table;
        var counts = new Table().Title(Markup.Escape(title)).AddColumn(Markup.Escape(L["Group"]));
        foreach (var column in table.ColumnLabels)
        {
            counts.AddColumn(Markup.Escape($"{outcomeColumn} = {column}"));
        }

        counts.AddColumn(Markup.Escape(L["Total"]));
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
        console.MarkupLine(Markup.Escape(L["Percentages are of the group's row, with Wilson intervals."]));

        var tests = new Table().AddColumns(Markup.Escape(L["Test"]), Markup.Escape(L["Statistic"]), "df", "p");
        tests.AddRow(Markup.Escape(L["Pearson chi-square"]), Figures.Number(comparison.ChiSquare.Statistic, "0.###"), comparison.ChiSquare.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture), Figures.PValue(comparison.ChiSquare.PValue));
        if (comparison.ChiSquareYates.YatesCorrected)
        {
            tests.AddRow(Markup.Escape(L["Chi-square with Yates' correction"]), Figures.Number(comparison.ChiSquareYates.Statistic, "0.###"), "1", Figures.PValue(comparison.ChiSquareYates.PValue));
        }

        if (comparison.FisherExact is { } fisher)
        {
            tests.AddRow(Markup.Escape(L["Fisher's exact test (two-sided)"]), string.Empty, string.Empty, Figures.PValue(fisher.PValue));
        }

        console.Write(tests);

        var effects = new Table().AddColumns(Markup.Escape(L["Effect size"]), Markup.Escape(L["Value"]), "CI");
        if (comparison.OddsRatio is { } oddsRatio)
        {
            effects.AddRow(
                Markup.Escape(L["Odds ratio ({0}, {1} vs {2}; Woolf)", $"{outcomeColumn} = {table.ColumnLabels[0]}", table.RowLabels[0], table.RowLabels[1]]),
                Figures.Number(oddsRatio.Estimate),
                Figures.Interval(oddsRatio.Interval));
        }

        if (comparison.RiskDifference is { } riskDifference)
        {
            effects.AddRow(
                Markup.Escape(L["Risk difference ({0} - {1}; Wald)", table.RowLabels[0], table.RowLabels[1]]),
                Figures.Number(riskDifference.Difference),
                Figures.Interval(riskDifference.Interval));
        }

        if (table.IsTwoByTwo)
        {
            effects.AddRow("Phi", Figures.Number(comparison.Association.Phi), string.Empty);
        }

        effects.AddRow(Markup.Escape(L["Cramér's V"]), Figures.Number(comparison.Association.CramersV), string.Empty);
        console.Write(effects);

        Figures.WriteWarnings(console, comparison.Warnings
            .Concat(comparison.RowProportions.SelectMany(row => row).SelectMany(p => p.Warnings).Where(w => w.Kind != Statistics.Common.SmallNumberKind.FewEvents))
            .Concat(comparison.FisherExact?.Warnings ?? [])
            .Concat(comparison.OddsRatio?.Warnings ?? [])
            .Concat(comparison.RiskDifference?.Warnings ?? []));
    }
}
