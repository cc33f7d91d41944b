using System.Text.Json;

using Offramp.Analysis.Output;
using Offramp.Statistics.Meta;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Meta;

/// <summary>`analyze meta` on a CSV: JSON equal to metafor on the same file; tables and refusals in words.</summary>
public sealed class MetaCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("REML", 0.95)]
    [InlineData("DL", 0.9)]
    [InlineData("EE", 0.95)]
    public void Json_output_matches_metafor(string method, double level)
    {
        var data = MetaDataGenerator.Create(50, 14, 0.15);
        var csv = folder.File("meta.csv");
        MetaDataGenerator.WriteCsv(csv, [data]);

        var json = AnalyzeRun.Invoke("meta", "--csv", csv, "--yi", "yi", "--vi", "vi", "--study", "study", "--method", method,
            "--conf-level", level.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "--json").Json();
        var reference = Assert.Single(MetaReference.Run(csv, [method], level, threshold: 1e-10));

        var result = json.GetProperty("result").Deserialize<MetaAnalysisResult>(AnalysisJson.Options)!;
        var check = new ReferenceAssert(output);
        MetaReferenceTests.Compare(check, reference, result, $"cli {method}");
        check.Report();
        Assert.Equal(MetaReferenceTests.Method(method), result.Method);
        Assert.Equal(14, json.GetProperty("n").GetInt32());
        Assert.Equal("S1", json.GetProperty("studies")[0].GetString());
        Assert.Equal(data.Yi[13], json.GetProperty("yi")[13].GetDouble());
        Assert.Equal(level, json.GetProperty("result").GetProperty("confidenceLevel").GetDouble());
    }

    [Fact]
    public void Table_output_gives_the_pooled_estimate_heterogeneity_and_weights()
    {
        var csv = folder.File("meta.csv");
        MetaDataGenerator.WriteCsv(csv, [MetaDataGenerator.Create(51, 8, 0.2)]);

        var run = AnalyzeRun.Invoke("meta", "--csv", csv, "--yi", "yi", "--vi", "vi", "--study", "study");
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Random-effects meta-analysis (REML)", run.Output, StringComparison.Ordinal);
        Assert.Contains("8 studies", run.Output, StringComparison.Ordinal);
        Assert.Contains("95% prediction interval", run.Output, StringComparison.Ordinal);
        Assert.Contains("Between-study variance τ² = ", run.Output, StringComparison.Ordinal);
        Assert.Contains("I² = ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Test for heterogeneity: Q = ", run.Output, StringComparison.Ordinal);
        Assert.Contains("S8", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_studies_are_pooled_with_a_warning_and_blank_rows_are_left_out()
    {
        var csv = Csv("name,effect,variance\nA,0.2,0.04\nB,,0.05\nC,0.5,0.03\n");

        var run = AnalyzeRun.Invoke("meta", "--csv", csv, "--yi", "effect", "--vi", "variance", "--method", "DL");
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Random-effects meta-analysis (DerSimonian–Laird)", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 studies, 1 rows left out for a missing value", run.Output, StringComparison.Ordinal);
        Assert.Contains("Study 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("Warning: Only 2 studies, fewer than 3: τ² and the prediction interval are unreliable.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_common_effect_says_tau2_is_0_by_assumption()
    {
        var run = AnalyzeRun.Invoke("meta", "--csv", Csv("yi,vi\n0.1,0.02\n0.3,0.04\n0.2,0.01\n"), "--yi", "yi", "--vi", "vi", "--method", "fe");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Common-effect meta-analysis", run.Output, StringComparison.Ordinal);
        Assert.Contains("τ² = 0 by assumption", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_column_lists_the_columns_there_are() =>
        AssertFails(["--csv", Csv("yi,vi\n0.1,0.02\n"), "--yi", "y", "--vi", "vi"], "--yi names column 'y'", "'yi', 'vi'");

    [Fact]
    public void Non_numeric_effect_size_names_the_line() =>
        AssertFails(["--csv", Csv("yi,vi\n0.1,0.02\nabc,0.03\n"), "--yi", "yi", "--vi", "vi"], "Line 3: yi value 'abc' is not a number");

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    public void A_variance_that_is_not_positive_is_refused(string variance) =>
        AssertFails(["--csv", Csv($"yi,vi\n0.1,0.02\n0.2,{variance}\n"), "--yi", "yi", "--vi", "vi"], $"Line 3: vi value '{variance}' must be a positive number");

    [Fact]
    public void One_study_is_refused() =>
        AssertFails(["--csv", Csv("yi,vi\n0.1,0.02\n"), "--yi", "yi", "--vi", "vi"], "A meta-analysis needs at least 2 studies; there is 1.");

    [Fact]
    public void A_confidence_level_given_in_percent_is_refused() =>
        AssertFails(["--csv", Csv("yi,vi\n0.1,0.02\n0.2,0.03\n"), "--yi", "yi", "--vi", "vi", "--conf-level", "95"], "--conf-level must lie between 0 and 1");

    [Fact]
    public void An_unknown_method_is_refused()
    {
        var run = AnalyzeRun.Invoke("meta", "--csv", Csv("yi,vi\n0.1,0.02\n0.2,0.03\n"), "--yi", "yi", "--vi", "vi", "--method", "PM");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("PM", run.Error, StringComparison.Ordinal);
        Assert.Contains("REML", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private string Csv(string content)
    {
        var path = folder.File($"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertFails(string[] arguments, params string[] messageParts)
    {
        var run = AnalyzeRun.Invoke(["meta", .. arguments]);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, run.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("analyze meta: ", run.Error, StringComparison.Ordinal);
    }
}
