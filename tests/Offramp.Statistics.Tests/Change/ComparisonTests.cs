using System.Text.Json;

using Offramp.Analysis.Change;
using Offramp.Analysis.Output;
using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Change;

/// <summary>`analyze change --comparison`: ANCOVA equal to R's lm and confint, Welch's test equal to R's t.test.</summary>
public sealed class ComparisonTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(51, 200, "treated", "")]
    [InlineData(52, 45, "treated", "1")]
    [InlineData(53, 600, "group", "")]
    [InlineData(54, 300, "group", "early")]
    [InlineData(58, 16, "treated", "")]
    public void Ancova_and_Welch_match_R(int seed, int n, string group, string reference)
    {
        var csv = Write(CohortGenerator.Create(seed, n));
        string[] arguments = ["change", "--csv", csv, "--subject", "id", "--before", "baseline", "--after", "followup", "--comparison", group, "--json"];
        if (reference.Length > 0)
        {
            arguments = [.. arguments, "--reference", reference];
        }

        var json = AnalyzeRun.Invoke(arguments).Json();
        var r = ComparisonReference.Run(csv, group, reference);

        var comparison = json.GetProperty("comparison").Deserialize<ChangeComparison>(AnalysisJson.Options)!;
        var check = new ReferenceAssert(output);
        var coefficients = comparison.Ancova.Coefficients;
        check.AllClose("lm.coef", r.GetProperty("coef"), coefficients.Select(c => c.Estimate).ToArray());
        check.AllClose("lm.se", r.GetProperty("se"), coefficients.Select(c => c.StandardError).ToArray());
        check.AllClose("lm.t", r.GetProperty("t"), coefficients.Select(c => c.T).ToArray());
        check.AllClose("lm.p", r.GetProperty("p"), coefficients.Select(c => c.PValue).ToArray());
        check.AllClose("lm.confint.lower", r.GetProperty("lower"), coefficients.Select(c => c.Interval.Lower).ToArray());
        check.AllClose("lm.confint.upper", r.GetProperty("upper"), coefficients.Select(c => c.Interval.Upper).ToArray());
        check.Close("lm.sigma", r.GetProperty("sigma")[0], comparison.Ancova.ResidualStandardError);
        check.Close("lm.df", r.GetProperty("df")[0], comparison.Ancova.DegreesOfFreedom);
        check.Close("lm.r.squared", r.GetProperty("r2")[0], comparison.Ancova.RSquared);
        if (r.GetProperty("welch").ValueKind == JsonValueKind.Null)
        {
            Assert.Null(comparison.Welch);
        }
        else
        {
            var welch = comparison.Welch!;
            var expected = r.GetProperty("welch");
            check.Close("t.test.statistic", expected.GetProperty("t")[0], welch.T);
            check.Close("t.test.df", expected.GetProperty("df")[0], welch.DegreesOfFreedom);
            check.Close("t.test.p", expected.GetProperty("p")[0], welch.PValue);
            check.Close("t.test.stderr", expected.GetProperty("se")[0], welch.StandardError);
            check.AllClose("t.test.conf.int", expected.GetProperty("ci"), [welch.Interval.Lower, welch.Interval.Upper]);
            check.AllClose("t.test.estimate", expected.GetProperty("means"), [welch.MeanFirst, welch.MeanSecond]);
        }

        check.Report();
    }

    [Fact]
    public void Table_output_shows_the_adjusted_difference_and_Welchs_test()
    {
        var csv = Write(CohortGenerator.Create(56, 80));

        var run = AnalyzeRun.Invoke("change", "--csv", csv, "--subject", "id", "--before", "baseline", "--after", "followup", "--comparison", "treated", "--reference", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("ANCOVA", run.Output, StringComparison.Ordinal);
        Assert.Contains("compared with 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("Welch's test on the change", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--comparison", "stratum", "--reference", "east", "has no value 'east'")]
    [InlineData("--reference", "1", "--json", null, "--reference needs --comparison")]
    public void Bad_comparison_options_are_refused(string option, string value, string option2, string? value2, string message)
    {
        var csv = Write(CohortGenerator.Create(57, 50));
        string[] arguments = ["change", "--csv", csv, "--subject", "id", "--before", "baseline", "--after", "followup", option, value, option2];
        if (value2 is not null)
        {
            arguments = [.. arguments, value2];
        }

        var run = AnalyzeRun.Invoke(arguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private string Write(CohortData data)
    {
        var path = folder.File($"{Guid.NewGuid():N}.csv");
        data.WriteCsv(path);
        return path;
    }
}
