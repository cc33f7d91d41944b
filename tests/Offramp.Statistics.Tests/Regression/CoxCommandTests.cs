using System.Text.Json;

using Offramp.Analysis.Output;
using Offramp.Statistics.Regression;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Regression;

/// <summary>`analyze cox` on a CSV: JSON figures equal to R's coxph on the same file; tables and refusals in words.</summary>
public sealed class CoxCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(21, "efron", "", "")]
    [InlineData(22, "breslow", "stratum", "family")]
    public void Json_output_matches_R(int seed, string ties, string strata, string cluster)
    {
        var csv = Write(CohortGenerator.Create(seed, 900));
        string[] arguments = ["cox", "--csv", csv, "--time", "time", "--event", "event", "--covariates", "group,age,gender,prior", "--reference", "group=completer", "--ties", ties, "--json"];
        if (strata.Length > 0)
        {
            arguments = [.. arguments, "--strata", strata];
        }

        if (cluster.Length > 0)
        {
            arguments = [.. arguments, "--cluster", cluster];
        }

        var json = AnalyzeRun.Invoke(arguments).Json();
        var reference = CoxReference.Run(csv, "group,age,gender,prior", ties, strata, cluster, reference: "group=completer");

        var model = json.GetProperty("model").Deserialize<CoxResult>(AnalysisJson.Options)!;
        var check = new ReferenceAssert(output);
        CoxReferenceTests.Compare(check, reference, model, $"cli {seed} {ties}");
        check.Report();
        Assert.Equal("completer", json.GetProperty("covariates")[0].GetProperty("reference").GetString());
        Assert.Equal(900, json.GetProperty("n").GetInt32());
    }

    [Fact]
    public void Table_output_shows_hazard_ratios_tests_and_the_events_per_coefficient_warning()
    {
        var csv = Write(CohortGenerator.Create(23, 70, censoring: 0.3));

        var run = AnalyzeRun.Invoke("cox", "--csv", csv, "--time", "time", "--event", "event", "--covariates", "group,age,gender,prior");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Hazard ratio", run.Output, StringComparison.Ordinal);
        Assert.Contains("groupcompleter", run.Output, StringComparison.Ordinal);
        Assert.Contains("group: compared with comparison", run.Output, StringComparison.Ordinal);
        Assert.Contains("Likelihood ratio", run.Output, StringComparison.Ordinal);
        Assert.Contains("Concordance", run.Output, StringComparison.Ordinal);
        Assert.Contains("per coefficient, fewer than 10", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_without_events_is_refused_in_words()
    {
        var data = CohortGenerator.Create(24, 200);
        for (var i = 0; i < data.Count; i++)
        {
            if (data.Group[i] == "early")
            {
                data.Status[i] = 0;
            }
        }

        var run = AnalyzeRun.Invoke("cox", "--csv", Write(data), "--time", "time", "--event", "event", "--covariates", "group,age");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("analyze cox: The hazard ratio for 'groupearly' runs to 0 or infinity", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--reference", "group=nobody", "has no level 'nobody'")]
    [InlineData("--reference", "age=30", "'age' is numeric")]
    [InlineData("--categorical", "stratum", "not one of the --covariates")]
    public void Bad_covariate_options_are_refused(string option, string value, string message)
    {
        var csv = Write(CohortGenerator.Create(25, 100));

        var run = AnalyzeRun.Invoke("cox", "--csv", csv, "--time", "time", "--event", "event", "--covariates", "group,age", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void All_censored_is_refused()
    {
        var data = CohortGenerator.Create(26, 40);
        Array.Clear(data.Status);

        var run = AnalyzeRun.Invoke("cox", "--csv", Write(data), "--time", "time", "--event", "event", "--covariates", "age");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("None of the 40 participants has an event", run.Error, StringComparison.Ordinal);
    }

    private string Write(CohortData data)
    {
        var path = folder.File($"{Guid.NewGuid():N}.csv");
        data.WriteCsv(path);
        return path;
    }
}
