using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>Pearson's chi-square test for r×c tables, with optional Yates' correction for 2×2 tables.</summary>
public static class PearsonChiSquareTest
{
    /// <summary>
    /// Computes the test. With <paramref name="yatesCorrection"/>, a table with one degree of freedom has each
    /// observed count moved towards its expected count by 0.5 (never past it), exactly as SciPy does;
    /// larger tables are never corrected.
    /// </summary>
    public static PearsonChiSquareResult Compute(ContingencyTable table, bool yatesCorrection)
    {
        var rows = table.RowCount;
        var columns = table.ColumnCount;
        var expected = new double[rows, columns];
        var expectedRows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(rows);
        var expectedFlat = new List<double>(rows * columns);
        var anyZeroExpected = false;
        var total = (double)table.Total;
        for (var r = 0; r < rows; r++)
        {
            var row = new double[columns];
            for (var c = 0; c < columns; c++)
            {
                expected[r, c] = (double)table.RowTotals[r] * table.ColumnTotals[c] / total;
                row[c] = expected[r, c];
                expectedFlat.Add(row[c]);
                anyZeroExpected |= row[c] == 0 || double.IsNaN(row[c]);
            }

            expectedRows.Add([.. row]);
        }

        var degreesOfFreedom = (rows - 1) * (columns - 1);
        var corrected = yatesCorrection && degreesOfFreedom == 1;
        var warnings = new WarningCollector();
        double statistic;
        double pValue;
        if (anyZeroExpected)
        {
            statistic = double.NaN;
            pValue = double.NaN;
            warnings.Add(SmallNumberWarning.NotEstimable("A group or outcome level has no participants: the chi-square test cannot be computed."));
        }
        else if (degreesOfFreedom == 0)
        {
            statistic = 0;
            pValue = 1;
        }
        else
        {
            statistic = 0;
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    double observed = table[r, c];
                    if (corrected)
                    {
                        var difference = expected[r, c] - observed;
                        observed += Math.Min(0.5, Math.Abs(difference)) * Math.Sign(difference);
                    }

                    var deviation = observed - expected[r, c];
                    statistic += deviation * deviation / expected[r, c];
                }
            }

            pValue = Probability.ChiSquareUpperTail(statistic, degreesOfFreedom);
        }

        warnings
            .Add(SmallNumberWarning.ForExpectedCounts(expectedFlat, table.IsTwoByTwo ? "the chi-square p-value is unreliable; use Fisher's exact test" : "the chi-square p-value is unreliable; consider merging categories"))
            .Add(SmallNumberWarning.ForSampleSize((int)table.Total, "participants", "the test has little power"));
        return new PearsonChiSquareResult(statistic, degreesOfFreedom, pValue, corrected, expectedRows.MoveToImmutable(), (int)table.Total, warnings.ToImmutable());
    }
}
