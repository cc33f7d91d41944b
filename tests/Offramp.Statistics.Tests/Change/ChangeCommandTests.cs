using System.Globalization;
using System.Text;

using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Change;

/// <summary>`analyze change --json` on a CSV, compared with SciPy (and R's t.test interval) on the same scores.</summary>
public sealed class ChangeCommandTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(41, 36)]
    [InlineData(42, 140)]
    public void Json_output_matches_SciPy(int seed, int count)
    {
        var scores = PairedScoreGenerator.IntegerScale(seed, count, meanGain: 1.5);
        using var folder = new TempFolder();
        var csv = folder.File("scores.csv");
        var text = new StringBuilder("participant;baseline;review\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{scores.Subjects[i]};{scores.Before[i]:R};{scores.After[i]:R}\n");
        }

        File.WriteAllText(csv, text.ToString());
        var json = AnalyzeRun.Invoke("change", "--csv", csv, "--subject", "participant", "--before", "baseline", "--after", "review", "--reliability", "0.82", "--json").Json();
        var reference = ChangeReference.Run([scores], reliability: 0.82)[0];
        var interval = ChangeReference.RunIntervalsInR([scores])[0];
        var check = new ReferenceAssert(output);

        var t = json.GetProperty("tTest");
        check.Close("cli ttest_rel.t", reference.GetProperty("t"), AnalyzeRun.Number(t.GetProperty("t")));
        check.Close("cli ttest_rel.p", reference.GetProperty("t_p"), AnalyzeRun.Number(t.GetProperty("pValue")));
        check.Close("cli t.test conf.int lower (R)", interval[0], AnalyzeRun.Number(t.GetProperty("interval").GetProperty("lower")));
        check.Close("cli t.test conf.int upper (R)", interval[1], AnalyzeRun.Number(t.GetProperty("interval").GetProperty("upper")));
        var wilcoxon = json.GetProperty("wilcoxon");
        check.Close("cli wilcoxon.statistic", reference.GetProperty("w"), AnalyzeRun.Number(wilcoxon.GetProperty("statistic")));
        check.Close("cli wilcoxon.p", reference.GetProperty("w_p"), AnalyzeRun.Number(wilcoxon.GetProperty("pValue")));
        check.Close("cli cohens d_z", reference.GetProperty("dz"), AnalyzeRun.Number(json.GetProperty("cohensDz").GetProperty("value")));
        var rci = json.GetProperty("reliableChange");
        check.Close("cli rci.baseline.sd", reference.GetProperty("rci_sd"), AnalyzeRun.Number(rci.GetProperty("baselineStandardDeviation")));
        check.AllClose("cli rci", reference.GetProperty("rci"), rci.GetProperty("participants").EnumerateArray().Select(p => AnalyzeRun.Number(p.GetProperty("index"))).ToArray());
        Assert.Equal(scores.Subjects, rci.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("subject").GetString()).ToArray());
        check.Report();
    }

    [Fact]
    public void Table_output_lists_tests_and_reliable_change()
    {
        var scores = PairedScoreGenerator.IntegerScale(seed: 43, count: 8, meanGain: 3);
        using var folder = new TempFolder();
        var csv = folder.File("scores.csv");
        File.WriteAllLines(csv, ["id,pre,post", .. Enumerable.Range(0, 8).Select(i => $"{scores.Subjects[i]},{scores.Before[i]},{scores.After[i]}")]);

        var run = AnalyzeRun.Invoke("change", "--csv", csv, "--subject", "id", "--before", "pre", "--after", "post", "--reliability", "0.8");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Paired t-test", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wilcoxon signed-rank", run.Output, StringComparison.Ordinal);
        Assert.Contains("P001", run.Output, StringComparison.Ordinal);
        Assert.Contains("Only 8 pairs of scores", run.Output, StringComparison.Ordinal);
    }
}
