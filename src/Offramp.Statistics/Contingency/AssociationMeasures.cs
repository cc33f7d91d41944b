namespace Offramp.Statistics.Contingency;

/// <summary>Strength of association in a contingency table, on a 0–1 scale.</summary>
/// <param name="Phi">Signed phi coefficient (ad - bc)/sqrt(product of margins) for a 2×2 table; NaN otherwise or when a margin is 0.</param>
/// <param name="CramersV">sqrt(chi²/(n·(min(r, c) - 1))) from the uncorrected chi-square, as scipy.stats.contingency.association; equals |phi| for 2×2.</param>
public sealed record AssociationMeasures(double Phi, double CramersV)
{
    /// <summary>Computes phi (2×2 only) and Cramér's V.</summary>
    public static AssociationMeasures FromTable(ContingencyTable table)
    {
        var uncorrected = PearsonChiSquareTest.Compute(table, yatesCorrection: false);
        var smallerDimension = Math.Min(table.RowCount, table.ColumnCount) - 1;
        var cramersV = smallerDimension > 0
            ? Math.Sqrt(uncorrected.Statistic / table.Total / smallerDimension)
            : double.NaN;
        var phi = double.NaN;
        if (table.IsTwoByTwo)
        {
            var marginProduct = (double)table.RowTotals[0] * table.RowTotals[1] * table.ColumnTotals[0] * table.ColumnTotals[1];
            var crossDifference = ((double)table[0, 0] * table[1, 1]) - ((double)table[0, 1] * table[1, 0]);
            phi = marginProduct > 0 ? crossDifference / Math.Sqrt(marginProduct) : double.NaN;
        }

        return new AssociationMeasures(phi, cramersV);
    }
}
