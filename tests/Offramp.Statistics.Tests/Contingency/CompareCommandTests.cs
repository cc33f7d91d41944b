using System.Globalization;
using System.Text;
using System.Text.Json;

using Offramp.Statistics.Contingency;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Contingency;

/// <summary>`analyze compare --json` on a CSV, compared with SciPy and statsmodels on the same counts.</summary>
public sealed class CompareCommandTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2, 2, 31)]
    [InlineData(3, 3, 32)]
    public void Json_output_matches_SciPy_and_statsmodels(int groupCount, int outcomeCount, int seed)
    {
        var (groups, outcomes, strata) = Generate(seed, 700, groupCount, outcomeCount);
        using var folder = new TempFolder();
        var csv = folder.File("outcomes.csv");
        WriteCsv(csv, groups, outcomes, strata);

        var json = AnalyzeRun.Invoke("compare", "--csv", csv, "--outcome", "outcome", "--group", "group", "--strata", "gender", "--json").Json();

        // Rows in label order; a two-level outcome puts the higher level (1) first.
        var groupLabels = groups.Distinct().Order(StringComparer.Ordinal).ToArray();
        var outcomeLabels = outcomes.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (outcomeLabels.Length == 2)
        {
            outcomeLabels = [outcomeLabels[1], outcomeLabels[0]];
        }

        var strataLabels = strata.Distinct().Order(StringComparer.Ordinal).ToArray();
        var overall = Count(groups, outcomes, groupLabels, outcomeLabels, _ => true);
        var perStratum = strataLabels.Select(s => Count(groups, outcomes, groupLabels, outcomeLabels, i => strata[i] == s)).ToArray();
        var reference = ContingencyReference.Run([overall, .. perStratum], overall.IsTwoByTwo ? [perStratum] : []);
        var check = new ReferenceAssert(output);

        var expectedTables = reference.GetProperty("tables").EnumerateArray().ToArray();
        CompareJsonTable(check, expectedTables[0], json.GetProperty("overall"), overall, "cli overall");
        var strataJson = json.GetProperty("strata").EnumerateArray().ToArray();
        for (var s = 0; s < perStratum.Length; s++)
        {
            Assert.Equal(strataLabels[s], strataJson[s].GetProperty("label").GetString());
            CompareJsonTable(check, expectedTables[s + 1], strataJson[s].GetProperty("comparison"), perStratum[s], $"cli stratum {strataLabels[s]}");
        }

        if (overall.IsTwoByTwo)
        {
            var expected = reference.GetProperty("stratified")[0];
            var pooled = json.GetProperty("mantelHaenszel");
            check.Close("cli mh.oddsratio", expected.GetProperty("or"), AnalyzeRun.Number(pooled.GetProperty("pooledOddsRatio")));
            check.Close("cli mh.log.se", expected.GetProperty("se"), AnalyzeRun.Number(pooled.GetProperty("logStandardError")));
            check.Close("cli mh.lower", expected.GetProperty("ci")[0], AnalyzeRun.Number(pooled.GetProperty("interval").GetProperty("lower")));
            check.Close("cli mh.upper", expected.GetProperty("ci")[1], AnalyzeRun.Number(pooled.GetProperty("interval").GetProperty("upper")));
            check.Close("cli mh.chisq", expected.GetProperty("chisq"), AnalyzeRun.Number(pooled.GetProperty("chiSquare")));
            check.Close("cli mh.p", expected.GetProperty("p_sf"), AnalyzeRun.Number(pooled.GetProperty("pValue")));
            check.Close("cli mh.chisq corrected", expected.GetProperty("chisq_cc"), AnalyzeRun.Number(json.GetProperty("mantelHaenszelCorrected").GetProperty("chiSquare")));
            check.Close("cli breslow-day", expected.GetProperty("bd"), AnalyzeRun.Number(pooled.GetProperty("homogeneityChiSquare")));
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty("mantelHaenszel").ValueKind);
        }

        check.Report();
    }

    [Fact]
    public void Table_output_shows_counts_tests_and_effect_sizes()
    {
        using var folder = new TempFolder();
        var csv = folder.File("small.csv");
        File.WriteAllText(csv, "group,outcome\nA,1\nA,0\nA,1\nB,0\nB,0\nB,1\nB,0\n");

        var run = AnalyzeRun.Invoke("compare", "--csv", csv, "--outcome", "outcome", "--group", "group");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Fisher's exact test", run.Output, StringComparison.Ordinal);
        Assert.Contains("Odds ratio", run.Output, StringComparison.Ordinal);
        Assert.Contains("expected count under 5", run.Output, StringComparison.Ordinal);
    }

    private static void CompareJsonTable(ReferenceAssert check, JsonElement expected, JsonElement actual, ContingencyTable counted, string where)
    {
        var counts = actual.GetProperty("table").GetProperty("counts").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetInt64()).ToArray()).ToArray();
        for (var r = 0; r < counted.RowCount; r++)
        {
            Assert.Equal(counted.Counts[r].ToArray(), counts[r]);
        }

        foreach (var (key, property) in new[] { ("pearson", "chiSquare"), ("yates", "chiSquareYates") })
        {
            check.Close($"cli {key}.statistic", expected.GetProperty(key).GetProperty("stat"), AnalyzeRun.Number(actual.GetProperty(property).GetProperty("statistic")), where);
            check.Close($"cli {key}.p", expected.GetProperty(key).GetProperty("p"), AnalyzeRun.Number(actual.GetProperty(property).GetProperty("pValue")), where);
            check.AllClose($"cli {key}.expected", expected.GetProperty(key).GetProperty("expected"), actual.GetProperty(property).GetProperty("expected").EnumerateArray().SelectMany(AnalyzeRun.Numbers).ToArray(), where);
        }

        check.Close("cli cramer.v", expected.GetProperty("cramer"), AnalyzeRun.Number(actual.GetProperty("association").GetProperty("cramersV")), where);
        var wilson = expected.GetProperty("wilson").EnumerateArray().SelectMany(row => row.EnumerateArray()).ToArray();
        var proportions = actual.GetProperty("rowProportions").EnumerateArray().SelectMany(row => row.EnumerateArray()).ToArray();
        Assert.Equal(wilson.Length, proportions.Length);
        for (var i = 0; i < wilson.Length; i++)
        {
            check.Close("cli wilson.lower", wilson[i][0], AnalyzeRun.Number(proportions[i].GetProperty("interval").GetProperty("lower")), where);
            check.Close("cli wilson.upper", wilson[i][1], AnalyzeRun.Number(proportions[i].GetProperty("interval").GetProperty("upper")), where);
        }

        if (!counted.IsTwoByTwo)
        {
            Assert.Equal(JsonValueKind.Null, actual.GetProperty("fisherExact").ValueKind);
            return;
        }

        check.Close("cli fisher.p", expected.GetProperty("fisher").GetProperty("p"), AnalyzeRun.Number(actual.GetProperty("fisherExact").GetProperty("pValue")), where);
        check.Close("cli fisher.oddsratio", expected.GetProperty("fisher").GetProperty("or"), AnalyzeRun.Number(actual.GetProperty("fisherExact").GetProperty("oddsRatio")), where);
        check.Close("cli woolf.lower", expected.GetProperty("woolf").GetProperty("ci")[0], AnalyzeRun.Number(actual.GetProperty("oddsRatio").GetProperty("interval").GetProperty("lower")), where);
        check.Close("cli woolf.upper", expected.GetProperty("woolf").GetProperty("ci")[1], AnalyzeRun.Number(actual.GetProperty("oddsRatio").GetProperty("interval").GetProperty("upper")), where);
        check.Close("cli riskdiff", expected.GetProperty("rd").GetProperty("diff"), AnalyzeRun.Number(actual.GetProperty("riskDifference").GetProperty("difference")), where);
        check.Close("cli riskdiff.lower", expected.GetProperty("rd").GetProperty("ci")[0], AnalyzeRun.Number(actual.GetProperty("riskDifference").GetProperty("interval").GetProperty("lower")), where);
        check.Close("cli riskdiff.upper", expected.GetProperty("rd").GetProperty("ci")[1], AnalyzeRun.Number(actual.GetProperty("riskDifference").GetProperty("interval").GetProperty("upper")), where);
    }

    private static (string[] Groups, string[] Outcomes, string[] Strata) Generate(int seed, int count, int groupCount, int outcomeCount)
    {
        var random = new Random(seed);
        var groups = new string[count];
        var outcomes = new string[count];
        var strata = new string[count];
        for (var i = 0; i < count; i++)
        {
            var group = random.Next(groupCount);
            groups[i] = ((char)('A' + group)).ToString();
            strata[i] = random.NextDouble() < 0.35 ? "female" : "male";
            var shifted = random.NextDouble() + (0.08 * group);
            outcomes[i] = Math.Min(outcomeCount - 1, (int)(shifted * outcomeCount)).ToString(CultureInfo.InvariantCulture);
        }

        return (groups, outcomes, strata);
    }

    private static void WriteCsv(string path, string[] groups, string[] outcomes, string[] strata)
    {
        var text = new StringBuilder("id,group,gender,outcome\n");
        for (var i = 0; i < groups.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{groups[i]},{strata[i]},{outcomes[i]}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    private static ContingencyTable Count(string[] groups, string[] outcomes, string[] groupLabels, string[] outcomeLabels, Func<int, bool> include)
    {
        var counts = new long[groupLabels.Length, outcomeLabels.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            if (include(i))
            {
                counts[Array.IndexOf(groupLabels, groups[i]), Array.IndexOf(outcomeLabels, outcomes[i])]++;
            }
        }

        return ContingencyTable.FromCounts(counts, groupLabels, outcomeLabels);
    }
}
