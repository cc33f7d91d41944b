using Offramp.Statistics.Tests.Reference;

namespace Offramp.Statistics.Tests.Reference;

/// <summary>Bad input ends with one clear message on stderr and exit code 1, never a stack trace.</summary>
public sealed class AnalyzeCommandErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Missing_file_is_named() =>
        AssertFails(["survival", "--csv", folder.File("nowhere.csv"), "--time", "t", "--event", "e"], "does not exist");

    [Fact]
    public void Unknown_column_lists_the_columns_there_are() =>
        AssertFails(["survival", "--csv", Csv("time,event\n1,1\n"), "--time", "tiem", "--event", "event"], "--time names column 'tiem'", "'time', 'event'");

    [Fact]
    public void Non_numeric_time_names_the_line() =>
        AssertFails(["survival", "--csv", Csv("time,event\n1,1\nabc,0\n"), "--time", "time", "--event", "event"], "Line 3: time value 'abc' is not a number");

    [Fact]
    public void Negative_time_is_refused() =>
        AssertFails(["survival", "--csv", Csv("time,event\n-1,1\n"), "--time", "time", "--event", "event"], "is negative");

    [Fact]
    public void Event_other_than_0_or_1_is_refused() =>
        AssertFails(["survival", "--csv", Csv("time,event\n1,1\n2,2\n"), "--time", "time", "--event", "event"], "Line 3: event value '2' must be 0 (censored) or 1 (event)");

    [Fact]
    public void Strata_without_groups_is_refused() =>
        AssertFails(["survival", "--csv", Csv("time,event,s\n1,1,a\n"), "--time", "time", "--event", "event", "--strata", "s"], "--strata needs --group");

    [Fact]
    public void Compare_with_one_group_is_refused() =>
        AssertFails(["compare", "--csv", Csv("g,o\nA,1\nA,0\n"), "--outcome", "o", "--group", "g"], "only one value");

    [Fact]
    public void Change_with_a_repeated_subject_is_refused() =>
        AssertFails(["change", "--csv", Csv("id,a,b\nP1,1,2\nP1,3,4\n"), "--subject", "id", "--before", "a", "--after", "b"], "Subject 'P1' has more than one row");

    [Fact]
    public void Change_with_non_numeric_score_is_refused() =>
        AssertFails(["change", "--csv", Csv("id,a,b\nP1,1,x\n"), "--subject", "id", "--before", "a", "--after", "b"], "b value 'x' is not a number");

    [Fact]
    public void Blank_values_leave_the_row_out_and_say_so()
    {
        var run = AnalyzeRun.Invoke("survival", "--csv", Csv("time,event\n1,1\n,0\n3,NA\n4,0\n"), "--time", "time", "--event", "event", "--json");
        var json = run.Json();
        Assert.Equal(2, json.GetProperty("n").GetInt32());
        Assert.Equal(2, json.GetProperty("rowsSkipped").GetInt32());
    }

    private string Csv(string content)
    {
        var path = folder.File($"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertFails(string[] arguments, params string[] messageParts)
    {
        var run = AnalyzeRun.Invoke(arguments);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, run.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("analyze ", run.Error, StringComparison.Ordinal);
    }
}
