using System.Text.Json;

using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Survival;

/// <summary>`analyze survival --json` on a CSV, compared figure by figure with R on the same file.</summary>
public sealed class SurvivalCommandTests(ITestOutputHelper output)
{
    private static readonly double[] Horizons = [0, 0.5, 3, 6, 12, 24, 36, 59.5, 500];

    [Theory]
    [InlineData("log", "log")]
    [InlineData("plain", "plain")]
    [InlineData("log-log", "loglog")]
    public void Json_output_matches_R(string confType, string referenceKey)
    {
        var data = SurvivalDataGenerator.MonthlyTies(seed: 5, count: 600);
        using var folder = new TempFolder();
        var csv = folder.File("followup.csv");
        data.WriteCsv(csv);

        var json = AnalyzeRun.Invoke(
            "survival", "--csv", csv, "--time", "time", "--event", "event", "--group", "group", "--strata", "stratum",
            "--times", string.Join(",", Horizons), "--conf-type", confType, "--json").Json();
        var reference = SurvivalReference.Run(csv, Horizons);
        var check = new ReferenceAssert(output);

        CompareCurve(check, reference.GetProperty(referenceKey).GetProperty("overall"), json.GetProperty("overall"), "cli overall");
        var groups = json.GetProperty("groups").EnumerateArray().ToArray();
        var expectedGroups = reference.GetProperty(referenceKey).GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(expectedGroups.Length, groups.Length);
        for (var g = 0; g < groups.Length; g++)
        {
            CompareCurve(check, expectedGroups[g], groups[g], $"cli group {g}");
        }

        CompareLogRank(check, reference.GetProperty("logrank"), json.GetProperty("logRank"), stratified: false);
        CompareLogRank(check, reference.GetProperty("stratified"), json.GetProperty("stratifiedLogRank"), stratified: true);
        Assert.Equal(600, json.GetProperty("n").GetInt32());
        check.Report();
    }

    [Fact]
    public void Table_output_names_groups_medians_and_the_log_rank_test()
    {
        var data = SurvivalDataGenerator.FlatAtHalf();
        using var folder = new TempFolder();
        var csv = folder.File("small.csv");
        data.WriteCsv(csv);

        var run = AnalyzeRun.Invoke("survival", "--csv", csv, "--time", "time", "--event", "event", "--group", "group", "--times", "2,4");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Median time to event", run.Output, StringComparison.Ordinal);
        Assert.Contains("Log-rank test", run.Output, StringComparison.Ordinal);
        Assert.Contains("Only 4 participants in group B", run.Output, StringComparison.Ordinal);
        Assert.Contains("Only 2 events in group B: the survival estimate is unstable.", run.Output, StringComparison.Ordinal);
    }

    private static void CompareCurve(ReferenceAssert check, JsonElement expected, JsonElement actual, string where)
    {
        var curve = actual.GetProperty("curve");
        check.AllClose("cli km.time", expected.GetProperty("time"), AnalyzeRun.Numbers(curve.GetProperty("time")), where);
        check.AllClose("cli km.n.risk", expected.GetProperty("n_risk"), AnalyzeRun.Numbers(curve.GetProperty("numberAtRisk")), where);
        check.AllClose("cli km.n.event", expected.GetProperty("n_event"), AnalyzeRun.Numbers(curve.GetProperty("numberOfEvents")), where);
        check.AllClose("cli km.n.censor", expected.GetProperty("n_censor"), AnalyzeRun.Numbers(curve.GetProperty("numberCensored")), where);
        check.AllClose("cli km.surv", expected.GetProperty("surv"), AnalyzeRun.Numbers(curve.GetProperty("survival")), where);
        check.AllClose("cli km.std.err", expected.GetProperty("std_err"), AnalyzeRun.Numbers(curve.GetProperty("standardErrorOfLogSurvival")), where);
        check.AllClose("cli km.lower", expected.GetProperty("lower"), AnalyzeRun.Numbers(curve.GetProperty("lower")), where);
        check.AllClose("cli km.upper", expected.GetProperty("upper"), AnalyzeRun.Numbers(curve.GetProperty("upper")), where);

        var median = actual.GetProperty("median");
        check.AllClose("cli median", expected.GetProperty("median"), [AnalyzeRun.Number(median.GetProperty("median")), AnalyzeRun.Number(median.GetProperty("lower")), AnalyzeRun.Number(median.GetProperty("upper"))], where);

        var quantiles = actual.GetProperty("quantiles").EnumerateArray().ToArray();
        check.AllClose("cli quantile", expected.GetProperty("q"), quantiles.Select(q => AnalyzeRun.Number(q.GetProperty("time"))).ToArray(), where);
        check.AllClose("cli quantile.lower", expected.GetProperty("q_lower"), quantiles.Select(q => AnalyzeRun.Number(q.GetProperty("lower"))).ToArray(), where);
        check.AllClose("cli quantile.upper", expected.GetProperty("q_upper"), quantiles.Select(q => AnalyzeRun.Number(q.GetProperty("upper"))).ToArray(), where);

        var horizons = actual.GetProperty("horizons").EnumerateArray().ToArray();
        var expectedHorizons = expected.GetProperty("horizons");
        check.AllClose("cli horizon.time", expectedHorizons.GetProperty("time"), horizons.Select(h => AnalyzeRun.Number(h.GetProperty("time"))).ToArray(), where);
        if (horizons.Length > 0)
        {
            check.AllClose("cli horizon.n.risk", expectedHorizons.GetProperty("n_risk"), horizons.Select(h => AnalyzeRun.Number(h.GetProperty("numberAtRisk"))).ToArray(), where);
            check.AllClose("cli horizon.surv", expectedHorizons.GetProperty("surv"), horizons.Select(h => AnalyzeRun.Number(h.GetProperty("survival"))).ToArray(), where);
            check.AllClose("cli horizon.std.err", expectedHorizons.GetProperty("std_err"), horizons.Select(h => AnalyzeRun.Number(h.GetProperty("standardError"))).ToArray(), where);
            check.AllClose("cli horizon.lower", expectedHorizons.GetProperty("lower"), horizons.Select(h => AnalyzeRun.Number(h.GetProperty("lower"))).ToArray(), where);
            check.AllClose("cli horizon.upper", expectedHorizons.GetProperty("upper"), horizons.Select(h => AnalyzeRun.Number(h.GetProperty("upper"))).ToArray(), where);
        }
    }

    private static void CompareLogRank(ReferenceAssert check, JsonElement expected, JsonElement actual, bool stratified)
    {
        var where = stratified ? "cli stratified log-rank" : "cli log-rank";
        check.Close("cli logrank.chisq", expected.GetProperty("chisq")[0], AnalyzeRun.Number(actual.GetProperty("chiSquare")), where);
        check.Close("cli logrank.p", expected.GetProperty("pvalue")[0], AnalyzeRun.Number(actual.GetProperty("pValue")), where);
        check.AllClose("cli logrank.var", expected.GetProperty("var"), actual.GetProperty("variance").EnumerateArray().SelectMany(AnalyzeRun.Numbers).ToArray(), where);
        var strata = actual.GetProperty("strata").EnumerateArray().ToArray();
        var observed = stratified
            ? strata.SelectMany(s => AnalyzeRun.Numbers(s.GetProperty("observed"))).ToArray()
            : actual.GetProperty("groups").EnumerateArray().Select(g => AnalyzeRun.Number(g.GetProperty("observed"))).ToArray();
        var expectedCounts = stratified
            ? strata.SelectMany(s => AnalyzeRun.Numbers(s.GetProperty("expected"))).ToArray()
            : actual.GetProperty("groups").EnumerateArray().Select(g => AnalyzeRun.Number(g.GetProperty("expected"))).ToArray();
        check.AllClose("cli logrank.obs", expected.GetProperty("obs"), observed, where);
        check.AllClose("cli logrank.exp", expected.GetProperty("exp"), expectedCounts, where);
    }
}
