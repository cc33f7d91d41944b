using System.Text.Json;

using Offramp.Statistics.Survival;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Survival;

/// <summary>Every Kaplan–Meier and log-rank figure against R survival on generated data with ties and censoring.</summary>
public sealed class SurvivalReferenceTests(ITestOutputHelper output)
{
    private static readonly double[] Horizons = [0, 0.5, 3, 6, 12, 24, 36, 59.5, 500];

    public static TheoryData<string> DataSets => ["monthly-1", "monthly-2", "monthly-small", "decimal", "flat"];

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Kaplan_Meier_and_log_rank_match_R(string name)
    {
        var data = Create(name);
        using var folder = new TempFolder();
        var csv = folder.File("survival.csv");
        data.WriteCsv(csv);
        var reference = SurvivalReference.Run(csv, Horizons);
        var check = new ReferenceAssert(output);

        foreach (var (type, key) in new[] { (SurvivalConfidenceType.Log, "log"), (SurvivalConfidenceType.Plain, "plain"), (SurvivalConfidenceType.LogLog, "loglog") })
        {
            var options = new KaplanMeierOptions { ConfidenceType = type };
            var expected = reference.GetProperty(key);
            CompareCurve(check, expected.GetProperty("overall"), KaplanMeier.Fit(data.Times, data.Events, options), $"{name} {key} overall");
            var curves = KaplanMeier.FitByGroup(data.Times, data.Events, data.GroupCodes, data.GroupLabels, options);
            var expectedGroups = expected.GetProperty("groups").EnumerateArray().ToArray();
            Assert.Equal(expectedGroups.Length, curves.Length);
            for (var g = 0; g < curves.Length; g++)
            {
                CompareCurve(check, expectedGroups[g], curves[g], $"{name} {key} group {curves[g].Label}");
            }
        }

        var logRank = LogRankTest.Compare(data.Times, data.Events, data.GroupCodes, data.GroupLabels);
        CompareLogRank(check, reference.GetProperty("logrank"), logRank, $"{name} log-rank");
        var stratified = LogRankTest.CompareStratified(data.Times, data.Events, data.GroupCodes, data.GroupLabels, data.StrataCodes, data.StrataLabels);
        CompareLogRank(check, reference.GetProperty("stratified"), stratified, $"{name} stratified log-rank");
        check.Report();
    }

    internal static SurvivalDataSet Create(string name) => name switch
    {
        "monthly-1" => SurvivalDataGenerator.MonthlyTies(seed: 1, count: 400),
        "monthly-2" => SurvivalDataGenerator.MonthlyTies(seed: 2, count: 1500),
        "monthly-small" => SurvivalDataGenerator.MonthlyTies(seed: 3, count: 25),
        "decimal" => SurvivalDataGenerator.DecimalNearTies(seed: 4, count: 300),
        "flat" => SurvivalDataGenerator.FlatAtHalf(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown data set."),
    };

    internal static void CompareCurve(ReferenceAssert check, JsonElement expected, KaplanMeierCurve curve, string where)
    {
        check.AllClose("km.time", expected.GetProperty("time"), curve.Time, where);
        check.AllClose("km.n.risk", expected.GetProperty("n_risk"), curve.NumberAtRisk, where);
        check.AllClose("km.n.event", expected.GetProperty("n_event"), curve.NumberOfEvents, where);
        check.AllClose("km.n.censor", expected.GetProperty("n_censor"), curve.NumberCensored, where);
        check.AllClose("km.surv", expected.GetProperty("surv"), curve.Survival, where);
        check.AllClose("km.std.err (SE of log S)", expected.GetProperty("std_err"), curve.StandardErrorOfLogSurvival, where);
        check.AllClose($"km.lower {curve.ConfidenceType}", expected.GetProperty("lower"), curve.Lower, where);
        check.AllClose($"km.upper {curve.ConfidenceType}", expected.GetProperty("upper"), curve.Upper, where);

        var median = MedianSurvival.FromCurve(curve);
        check.AllClose($"median (print.survfit) {curve.ConfidenceType}", expected.GetProperty("median"), [median.Median, median.Lower, median.Upper], where);

        var quantiles = SurvivalQuantile.FromCurve(curve, SurvivalReference.Probabilities);
        check.AllClose($"quantile {curve.ConfidenceType}", expected.GetProperty("q"), quantiles.Select(q => q.Time).ToArray(), where);
        check.AllClose($"quantile.lower {curve.ConfidenceType}", expected.GetProperty("q_lower"), quantiles.Select(q => q.Lower).ToArray(), where);
        check.AllClose($"quantile.upper {curve.ConfidenceType}", expected.GetProperty("q_upper"), quantiles.Select(q => q.Upper).ToArray(), where);

        var horizons = SurvivalAtTime.FromCurve(curve, Horizons);
        var expectedHorizons = expected.GetProperty("horizons");
        check.AllClose("horizon.time", expectedHorizons.GetProperty("time"), horizons.Select(h => h.Time).ToArray(), where);
        if (horizons.Length > 0)
        {
            check.AllClose("horizon.n.risk", expectedHorizons.GetProperty("n_risk"), horizons.Select(h => h.NumberAtRisk).ToArray(), where);
            check.AllClose("horizon.n.event", expectedHorizons.GetProperty("n_event"), horizons.Select(h => h.NumberOfEvents).ToArray(), where);
            check.AllClose("horizon.n.censor", expectedHorizons.GetProperty("n_censor"), horizons.Select(h => h.NumberCensored).ToArray(), where);
            check.AllClose("horizon.surv", expectedHorizons.GetProperty("surv"), horizons.Select(h => h.Survival).ToArray(), where);
            check.AllClose("horizon.std.err (SE of S)", expectedHorizons.GetProperty("std_err"), horizons.Select(h => h.StandardError).ToArray(), where);
            check.AllClose($"horizon.lower {curve.ConfidenceType}", expectedHorizons.GetProperty("lower"), horizons.Select(h => h.Lower).ToArray(), where);
            check.AllClose($"horizon.upper {curve.ConfidenceType}", expectedHorizons.GetProperty("upper"), horizons.Select(h => h.Upper).ToArray(), where);
        }
    }

    internal static void CompareLogRank(ReferenceAssert check, JsonElement expected, LogRankResult result, string where)
    {
        check.Close("logrank.chisq", expected.GetProperty("chisq")[0], result.ChiSquare, where);
        check.Close("logrank.p", expected.GetProperty("pvalue")[0], result.PValue, where);
        check.AllClose("logrank.n", expected.GetProperty("n"), result.Groups.Select(g => g.N).ToArray(), where);
        check.AllClose("logrank.var", expected.GetProperty("var"), result.Variance.SelectMany(row => row).ToArray(), where);
        if (result.Strata.Length == 1)
        {
            check.AllClose("logrank.obs", expected.GetProperty("obs"), result.Groups.Select(g => g.Observed).ToArray(), where);
            check.AllClose("logrank.exp", expected.GetProperty("exp"), result.Groups.Select(g => g.Expected).ToArray(), where);
        }
        else
        {
            // R gives groups × strata matrices, flattened column by column (group varies fastest).
            check.AllClose("logrank.obs (stratified)", expected.GetProperty("obs"), result.Strata.SelectMany(s => s.Observed).ToArray(), where);
            check.AllClose("logrank.exp (stratified)", expected.GetProperty("exp"), result.Strata.SelectMany(s => s.Expected).ToArray(), where);
        }
    }
}
