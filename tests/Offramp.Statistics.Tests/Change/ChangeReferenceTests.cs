using System.Text.Json;

using Offramp.Statistics.Change;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Change;

/// <summary>Paired t-test, Wilcoxon signed-rank, d_z and RCI against SciPy 1.10 / NumPy.</summary>
public sealed class ChangeReferenceTests(ITestOutputHelper output)
{
    private const double Reliability = 0.82;

    public static IReadOnlyList<PairedScores> Cases() =>
    [
        PairedScoreGenerator.IntegerScale(seed: 21, count: 8, meanGain: 2),
        PairedScoreGenerator.IntegerScale(seed: 22, count: 45, meanGain: 1),
        PairedScoreGenerator.IntegerScale(seed: 23, count: 160, meanGain: 0.8),
        PairedScoreGenerator.Continuous(seed: 24, count: 20, meanGain: 3),
        PairedScoreGenerator.Continuous(seed: 25, count: 50, meanGain: 1),
        PairedScoreGenerator.Continuous(seed: 26, count: 51, meanGain: 2),
        PairedScoreGenerator.Continuous(seed: 27, count: 300, meanGain: 0.5),
        PairedScoreGenerator.TiesWithoutZeros(seed: 28, count: 12),
        PairedScoreGenerator.TiesWithoutZeros(seed: 29, count: 40),
        PairedScoreGenerator.TiesWithoutZeros(seed: 30, count: 90),
    ];

    [Fact]
    public void Paired_change_matches_SciPy()
    {
        var cases = Cases();
        var reference = ChangeReference.Run(cases, Reliability).EnumerateArray().ToArray();
        var intervals = ChangeReference.RunIntervalsInR(cases).EnumerateArray().ToArray();
        var check = new ReferenceAssert(output);
        for (var i = 0; i < cases.Count; i++)
        {
            Compare(check, reference[i], cases[i]);
            var t = PairedTTest.Compute(cases[i].Before, cases[i].After);
            check.Close("t.test conf.int lower (R)", intervals[i][0], t.Interval.Lower, cases[i].Name);
            check.Close("t.test conf.int upper (R)", intervals[i][1], t.Interval.Upper, cases[i].Name);
        }

        check.Report();
    }

    internal static void Compare(ReferenceAssert check, JsonElement expected, PairedScores scores)
    {
        var where = scores.Name;
        var t = PairedTTest.Compute(scores.Before, scores.After);
        check.Close("ttest_rel.t", expected.GetProperty("t"), t.T, where);
        check.Close("ttest_rel.p", expected.GetProperty("t_p"), t.PValue, where);
        check.Close("ttest_rel.df", expected.GetProperty("t_df"), t.DegreesOfFreedom, where);
        check.Close("ttest_rel.mean", expected.GetProperty("mean"), t.MeanDifference, where);
        check.Close("ttest_rel.se", expected.GetProperty("se"), t.StandardError, where);
        Assert.True(Math.Abs(ReferenceAssert.ToDouble(expected.GetProperty("ci")[0]) - t.Interval.Lower) < 1e-8 * Math.Abs(t.StandardError), $"ttest_rel.ci.lower {where}");
        Assert.True(Math.Abs(ReferenceAssert.ToDouble(expected.GetProperty("ci")[1]) - t.Interval.Upper) < 1e-8 * Math.Abs(t.StandardError), $"ttest_rel.ci.upper {where}");

        var auto = WilcoxonSignedRankTest.Compute(scores.Before, scores.After);
        check.Close($"wilcoxon (auto).statistic", expected.GetProperty("w"), auto.Statistic, where);
        check.Close($"wilcoxon (auto → {auto.Method}).p", expected.GetProperty("w_p"), auto.PValue, where);

        var approximate = WilcoxonSignedRankTest.Compute(scores.Before, scores.After, WilcoxonMethod.NormalApproximation);
        check.Close("wilcoxon (approx).statistic", expected.GetProperty("w_approx"), approximate.Statistic, where);
        check.Close("wilcoxon (approx).p", expected.GetProperty("w_approx_p"), approximate.PValue, where);
        check.Close("wilcoxon (approx).z", expected.GetProperty("w_approx_z"), approximate.Z, where);
        if (expected.TryGetProperty("w_exact", out var exactStatistic))
        {
            var exact = WilcoxonSignedRankTest.Compute(scores.Before, scores.After, WilcoxonMethod.Exact);
            check.Close("wilcoxon (exact).statistic", exactStatistic, exact.Statistic, where);
            check.Close("wilcoxon (exact).p", expected.GetProperty("w_exact_p"), exact.PValue, where);
        }

        check.Close("cohens d_z", expected.GetProperty("dz"), CohensDz.Compute(scores.Before, scores.After).Value, where);

        var rci = ReliableChangeIndex.Compute(scores.Subjects, scores.Before, scores.After, Reliability);
        check.Close("rci.baseline.sd", expected.GetProperty("rci_sd"), rci.BaselineStandardDeviation, where);
        check.Close("rci.se.difference", expected.GetProperty("rci_sdiff"), rci.StandardErrorOfDifference, where);
        check.AllClose("rci", expected.GetProperty("rci"), rci.Participants.Select(p => p.Index).ToArray(), where);
    }
}
