namespace Offramp.Statistics.Tests.Agreement;

/// <summary>Bad input ends with a message a practitioner can act on, a non-zero exit and no stack trace.</summary>
public sealed class AgreementCommandErrorTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("offramp-agreement-errors-").FullName;

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(directory, "nowhere.csv");
        AssertFailsWith(CommandRun.Agreement(CommandRun.DesignArguments(path)), $"The file '{path}' does not exist");
    }

    [Fact]
    public void An_unknown_column_is_named_with_the_columns_there_are()
    {
        var path = Write("case_id,assessor,score\nP1,A,1\n");
        AssertFailsWith(
            CommandRun.Agreement(CommandRun.DesignArguments(path)),
            "There is no column 'item rating' (given with --rating). The columns are: 'case_id', 'assessor', 'score'.");
    }

    [Fact]
    public void A_rater_rating_the_same_subject_twice_is_refused_with_both_rows()
    {
        var path = Write("case_id,assessor,item rating\nP1,A,1\nP1,B,2\nP2,A,1\nP1,A,3\n");
        AssertFailsWith(
            CommandRun.Agreement(CommandRun.DesignArguments(path)),
            "Rater 'A' rated subject 'P1' twice (rows 1 and 4 of the ratings");
    }

    [Fact]
    public void A_rating_outside_the_levels_given_is_named()
    {
        var path = Write("case_id,assessor,item rating\nP1,A,low\nP1,B,medium\n");
        AssertFailsWith(
            CommandRun.Agreement([.. CommandRun.DesignArguments(path), "--levels", "low,high"]),
            "The rating 'medium' is not one of the levels given (low, high)");
    }

    [Fact]
    public void A_single_rater_cannot_show_agreement()
    {
        var path = Write("case_id,assessor,item rating\nP1,A,1\nP2,A,2\n");
        AssertFailsWith(CommandRun.Agreement(CommandRun.DesignArguments(path)), "Agreement needs at least two raters");
    }

    [Fact]
    public void A_file_with_only_a_header_is_refused()
    {
        var path = Write("case_id,assessor,item rating\n");
        AssertFailsWith(CommandRun.Agreement(CommandRun.DesignArguments(path)), "has a header but no ratings");
    }

    [Fact]
    public void A_confidence_level_outside_0_and_1_is_refused()
    {
        var path = Write("case_id,assessor,item rating\nP1,A,1\nP1,B,2\n");
        AssertFailsWith(CommandRun.Agreement([.. CommandRun.DesignArguments(path), "--conf-level", "95"]), "--conf-level must lie between 0 and 1");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static void AssertFailsWith(CommandRun run, string message)
    {
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private string Write(string csv)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        return path;
    }
}
