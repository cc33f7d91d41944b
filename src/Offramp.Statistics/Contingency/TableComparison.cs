using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>
/// Everything that applies to one contingency table: row proportions with Wilson intervals, chi-square with
/// and without Yates' correction, association, and for 2×2 tables Fisher's exact test, odds ratio and risk difference.
/// </summary>
/// <param name="Table">The table analysed.</param>
/// <param name="RowProportions">For each row, the proportion in each column with its Wilson interval.</param>
/// <param name="ChiSquare">Pearson chi-square without correction.</param>
/// <param name="ChiSquareYates">Pearson chi-square with Yates' correction (identical to the uncorrected test beyond 2×2).</param>
/// <param name="Association">Phi (2×2) and Cramér's V.</param>
/// <param name="FisherExact">Fisher's exact test (2×2 only).</param>
/// <param name="OddsRatio">Odds ratio with Woolf interval (2×2 only).</param>
/// <param name="RiskDifference">Risk difference with Wald interval (2×2 only).</param>
/// <param name="N">Participants.</param>
/// <param name="Warnings">Warnings that concern the table as a whole.</param>
public sealed record TableComparison(
    ContingencyTable Table,
    ImmutableArray<ImmutableArray<ProportionEstimate>> RowProportions,
    PearsonChiSquareResult ChiSquare,
    PearsonChiSquareResult ChiSquareYates,
    AssociationMeasures Association,
    FisherExactResult? FisherExact,
    OddsRatioEstimate? OddsRatio,
    RiskDifferenceEstimate? RiskDifference,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult
{
    /// <summary>Runs every applicable analysis on the table.</summary>
    public static TableComparison Analyze(ContingencyTable table, double confidenceLevel = 0.95)
    {
        var proportions = ImmutableArray.CreateBuilder<ImmutableArray<ProportionEstimate>>(table.RowCount);
        for (var r = 0; r < table.RowCount; r++)
        {
            var rowTotal = table.RowTotals[r];
            proportions.Add(rowTotal == 0
                ? []
                : [.. Enumerable.Range(0, table.ColumnCount).Select(c => ProportionEstimate.Wilson(table[r, c], rowTotal, confidenceLevel))]);
        }

        var chiSquare = PearsonChiSquareTest.Compute(table, yatesCorrection: false);
        var twoByTwo = table.IsTwoByTwo;
        return new TableComparison(
            table,
            proportions.MoveToImmutable(),
            chiSquare,
            PearsonChiSquareTest.Compute(table, yatesCorrection: true),
            AssociationMeasures.FromTable(table),
            twoByTwo ? FisherExactTest.TwoSided(table) : null,
            twoByTwo ? OddsRatioEstimate.Woolf(table, confidenceLevel) : null,
            twoByTwo ? RiskDifferenceEstimate.Wald(table, confidenceLevel) : null,
            (int)table.Total,
            chiSquare.Warnings);
    }
}
