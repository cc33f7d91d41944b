using System.CommandLine;
using System.Text.Json;

using Offramp.Analysis;

namespace Offramp.Statistics.Tests.Reference;

/// <summary>Runs an <c>analyze</c> subcommand in-process through <see cref="AnalyzeCommand"/>, capturing stdout and stderr.</summary>
public sealed record AnalyzeRun(int ExitCode, string Output, string Error)
{
    public static AnalyzeRun Invoke(params string[] arguments)
    {
        var root = new RootCommand { AnalyzeCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = root.Parse(["analyze", .. arguments]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new AnalyzeRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The --json output, after checking the command succeeded without writing to stderr.</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}: {Error}");
        Assert.Equal(string.Empty, Error);
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    /// <summary>Reads a JSON number, or one of the named literals Offramp writes for NaN and infinities.</summary>
    public static double Number(JsonElement element) => ReferenceAssert.ToDouble(element);

    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(Number)];
}
