using System.Text.Json;

using Offramp.Analysis.Output;
using Offramp.Statistics.Competing;
using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Competing;

/// <summary>`analyze competing` on a CSV: JSON equal to cmprsk on the same file; tables and refusals in words.</summary>
public sealed class CompetingCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Json_output_matches_cmprsk()
    {
        var csv = Write(CohortGenerator.Create(31, 1000, causes: 3));
        var times = string.Join(",", CompetingReferenceTests.Horizons);

        var json = AnalyzeRun.Invoke("competing", "--csv", csv, "--time", "time", "--status", "status", "--group", "group", "--strata", "stratum", "--times", times, "--json").Json();
        var reference = CompetingReference.Run(csv, CompetingReferenceTests.Horizons, strata: "stratum");

        var result = json.GetProperty("result").Deserialize<CompetingRisksResult>(AnalysisJson.Options)!;
        var check = new ReferenceAssert(output);
        CompetingReferenceTests.CompareCurves(check, reference, result, "cli");
        check.AllClose("cli gray.stat", reference.GetProperty("tests").GetProperty("stat"), result.Tests.Select(t => t.Statistic).ToArray());
        check.Report();
        Assert.Equal(1000, json.GetProperty("n").GetInt32());
    }

    [Fact]
    public void Table_output_names_causes_groups_and_Grays_test()
    {
        var csv = Write(CohortGenerator.Create(32, 60, causes: 2));

        var run = AnalyzeRun.Invoke("competing", "--csv", csv, "--time", "time", "--status", "status", "--group", "group", "--times", "12,24,500");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Cumulative incidence", run.Output, StringComparison.Ordinal);
        Assert.Contains("Gray's test, cause 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("Gray's test, cause 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("NA where a time lies beyond", run.Output, StringComparison.Ordinal);
        Assert.Contains("Warning: Only", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time,status\n1,0\n2,0\n", "None of the 2 participants has an event")]
    [InlineData("time,status\n1,1\n2,-1\n", "Line 3: status value '-1' must be 0 (censored) or a whole number")]
    [InlineData("time,status\n1,1\n2,x\n", "Line 3: status value 'x'")]
    public void Bad_status_is_refused(string content, string message)
    {
        var path = folder.File($"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);

        var run = AnalyzeRun.Invoke("competing", "--csv", path, "--time", "time", "--status", "status");

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
