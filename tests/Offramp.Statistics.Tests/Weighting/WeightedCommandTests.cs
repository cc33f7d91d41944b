using System.Text.Json;

using Offramp.Analysis.Output;
using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;
using Offramp.Statistics.Weighting;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Weighting;

/// <summary>`analyze weighted` on a CSV: JSON equal to R on the same file; the balance table and refusals in words.</summary>
public sealed class WeightedCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("ATE", "0.01")]
    [InlineData("ATT", "0")]
    public void Json_output_matches_R(string estimand, string truncate)
    {
        var csv = Write(CohortGenerator.Create(41, 900));

        var json = AnalyzeRun.Invoke("weighted", "--csv", csv, "--treatment", "treated", "--covariates", "age,gender,prior", "--time", "time", "--event", "event",
            "--estimand", estimand, "--truncate", truncate, "--json").Json();
        var reference = WeightedReference.Run(csv, "age,gender,prior", estimand, double.Parse(truncate, System.Globalization.CultureInfo.InvariantCulture));

        var result = json.GetProperty("result").Deserialize<WeightedComparisonResult>(AnalysisJson.Options)!;
        var check = new ReferenceAssert(output);
        WeightedReferenceTests.Compare(check, reference, result, $"cli {estimand}");
        check.Report();
        Assert.Equal("1", json.GetProperty("treatedLevel").GetString());
    }

    [Fact]
    public void Table_output_shows_truncation_balance_and_the_hazard_ratio()
    {
        var csv = Write(CohortGenerator.Create(42, 300));

        var run = AnalyzeRun.Invoke("weighted", "--csv", csv, "--treatment", "treated", "--covariates", "age,gender,prior", "--time", "time", "--event", "event", "--times", "12,24");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Weights truncated to", run.Output, StringComparison.Ordinal);
        Assert.Contains("SMD after weighting", run.Output, StringComparison.Ordinal);
        Assert.Contains("genderM", run.Output, StringComparison.Ordinal);
        Assert.Contains("Weighted hazard ratio (program vs comparison)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_that_separates_the_groups_is_refused_in_words()
    {
        var data = CohortGenerator.Create(43, 200);
        for (var i = 0; i < data.Count; i++)
        {
            data.Treated[i] = data.Gender[i] == "M" ? 1 : 0;
        }

        var run = AnalyzeRun.Invoke("weighted", "--csv", Write(data), "--treatment", "treated", "--covariates", "age,gender", "--time", "time", "--event", "event");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("analyze weighted: The covariates separate group membership", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_that_do_not_overlap_are_refused_in_words()
    {
        var csv = Write(NoOverlapCohort.Create());
        NoOverlapCohort.AssertRFitsItQuietlyWithExtremeScores(csv);

        var run = AnalyzeRun.Invoke("weighted", "--csv", csv, "--treatment", "treated", "--covariates", "age", "--time", "time", "--event", "event");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("analyze weighted: The covariates separate group membership (almost) perfectly: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("have a propensity score within 1e-8 of 0 or 1, so the groups do not overlap", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_treatment_column_with_three_values_is_refused()
    {
        var run = AnalyzeRun.Invoke("weighted", "--csv", Write(CohortGenerator.Create(44, 100)), "--treatment", "group", "--covariates", "age", "--time", "time", "--event", "event");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("must have exactly two values", run.Error, StringComparison.Ordinal);
    }

    private string Write(CohortData data)
    {
        var path = folder.File($"{Guid.NewGuid():N}.csv");
        data.WriteCsv(path);
        return path;
    }
}
