namespace Offramp.Cli.Tests.Infrastructure;

public static class CliAssertions
{
    public static CliResult ShouldSucceed(this CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>A refused command: the given exit code, the message on stderr, and never a stack trace.</summary>
    public static CliResult ShouldFail(this CliResult result, int exitCode, string messagePart)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        return result;
    }
}
