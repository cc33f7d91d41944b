using System.Text.Json;

using Offramp.Statistics.Contingency;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Contingency;

/// <summary>Every contingency figure against SciPy 1.10 and statsmodels.</summary>
public sealed class ContingencyReferenceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Tables_match_SciPy_and_statsmodels(int seed)
    {
        var tables = ContingencyTableGenerator.Tables(seed);
        var sets = ContingencyTableGenerator.StratifiedSets(seed);
        var reference = ContingencyReference.Run(tables, sets);
        var check = new ReferenceAssert(output);

        var expectedTables = reference.GetProperty("tables").EnumerateArray().ToArray();
        for (var i = 0; i < tables.Count; i++)
        {
            CompareTable(check, expectedTables[i], TableComparison.Analyze(tables[i]), $"table {i}");
        }

        var expectedSets = reference.GetProperty("stratified").EnumerateArray().ToArray();
        for (var i = 0; i < sets.Count; i++)
        {
            CompareStratified(check, expectedSets[i], sets[i], $"set {i}");
        }

        check.Report();
    }

    internal static void CompareTable(ReferenceAssert check, JsonElement expected, TableComparison actual, string where)
    {
        CompareChiSquare(check, expected.GetProperty("pearson"), actual.ChiSquare, "chi2", where);
        CompareChiSquare(check, expected.GetProperty("yates"), actual.ChiSquareYates, "chi2 (Yates)", where);
        check.Close("cramer.v", expected.GetProperty("cramer"), actual.Association.CramersV, where);

        var wilson = expected.GetProperty("wilson").EnumerateArray().ToArray();
        for (var r = 0; r < wilson.Length; r++)
        {
            var row = wilson[r].EnumerateArray().ToArray();
            Assert.Equal(row.Length, actual.RowProportions[r].Length);
            for (var c = 0; c < row.Length; c++)
            {
                check.Close("wilson.lower", row[c][0], actual.RowProportions[r][c].Interval.Lower, where);
                check.Close("wilson.upper", row[c][1], actual.RowProportions[r][c].Interval.Upper, where);
            }
        }

        if (!actual.Table.IsTwoByTwo)
        {
            Assert.Null(actual.FisherExact);
            return;
        }

        var fisher = expected.GetProperty("fisher");
        check.Close("fisher.oddsratio", fisher.GetProperty("or"), actual.FisherExact!.OddsRatio, where);
        check.Close("fisher.p", fisher.GetProperty("p"), actual.FisherExact.PValue, where);
        if (!double.IsNaN(actual.Association.Phi))
        {
            check.Close("|phi| vs cramer", expected.GetProperty("cramer"), Math.Abs(actual.Association.Phi), where);
        }

        var woolf = expected.GetProperty("woolf");
        if (woolf.ValueKind == JsonValueKind.Null)
        {
            Assert.True(double.IsNaN(actual.OddsRatio!.Interval.Lower), $"{where}: a zero cell must leave the Woolf interval undefined");
        }
        else
        {
            check.Close("woolf.oddsratio", woolf.GetProperty("or"), actual.OddsRatio!.Estimate, where);
            check.Close("woolf.log.se", woolf.GetProperty("se"), actual.OddsRatio.LogStandardError, where);
            check.Close("woolf.lower", woolf.GetProperty("ci")[0], actual.OddsRatio.Interval.Lower, where);
            check.Close("woolf.upper", woolf.GetProperty("ci")[1], actual.OddsRatio.Interval.Upper, where);
        }

        var riskDifference = expected.GetProperty("rd");
        if (riskDifference.ValueKind != JsonValueKind.Null)
        {
            check.Close("riskdiff", riskDifference.GetProperty("diff"), actual.RiskDifference!.Difference, where);
            check.Close("riskdiff.lower", riskDifference.GetProperty("ci")[0], actual.RiskDifference.Interval.Lower, where);
            check.Close("riskdiff.upper", riskDifference.GetProperty("ci")[1], actual.RiskDifference.Interval.Upper, where);
        }
    }

    private static void CompareChiSquare(ReferenceAssert check, JsonElement expected, PearsonChiSquareResult actual, string name, string where)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            // SciPy refuses tables with an empty row or column; Offramp reports NaN with a warning.
            Assert.True(double.IsNaN(actual.Statistic), $"{name} {where}: expected not computable");
            Assert.Contains(actual.Warnings, w => w.Kind == Common.SmallNumberKind.NotEstimable);
            return;
        }

        check.Close($"{name}.statistic", expected.GetProperty("stat"), actual.Statistic, where);
        check.Close($"{name}.p", expected.GetProperty("p"), actual.PValue, where);
        check.Close($"{name}.dof", expected.GetProperty("dof"), actual.DegreesOfFreedom, where);
        check.AllClose($"{name}.expected", expected.GetProperty("expected"), actual.Expected.SelectMany(row => row).ToArray(), where);
    }

    private static void CompareStratified(ReferenceAssert check, JsonElement expected, IReadOnlyList<ContingencyTable> strata, string where)
    {
        var plain = MantelHaenszelTest.Compute(strata);
        var corrected = MantelHaenszelTest.Compute(strata, continuityCorrection: true);
        check.Close("mh.oddsratio", expected.GetProperty("or"), plain.PooledOddsRatio, where);
        check.Close("mh.log.se (RBG)", expected.GetProperty("se"), plain.LogStandardError, where);
        check.Close("mh.lower", expected.GetProperty("ci")[0], plain.Interval.Lower, where);
        check.Close("mh.upper", expected.GetProperty("ci")[1], plain.Interval.Upper, where);
        check.Close("mh.chisq", expected.GetProperty("chisq"), plain.ChiSquare, where);
        // statsmodels forms these p-values as 1 - cdf, which cancels for small p; SciPy's chi2.sf of the same
        // statistic is the precise reference, and statsmodels' own figure must agree in absolute terms.
        check.Close("mh.p (scipy chi2.sf)", expected.GetProperty("p_sf"), plain.PValue, where);
        Assert.True(Math.Abs(ReferenceAssert.ToDouble(expected.GetProperty("p")) - plain.PValue) < 1e-13, $"mh.p (statsmodels) {where}");
        check.Close("mh.chisq (corrected)", expected.GetProperty("chisq_cc"), corrected.ChiSquare, where);
        check.Close("mh.p corrected (scipy chi2.sf)", expected.GetProperty("p_cc_sf"), corrected.PValue, where);
        check.Close("breslow-day", expected.GetProperty("bd"), plain.HomogeneityChiSquare, where);
        check.Close("breslow-day.p (scipy chi2.sf)", expected.GetProperty("bd_p_sf"), plain.HomogeneityPValue, where);
        Assert.True(Math.Abs(ReferenceAssert.ToDouble(expected.GetProperty("bd_p")) - plain.HomogeneityPValue) < 1e-13, $"breslow-day.p (statsmodels) {where}");
    }
}
