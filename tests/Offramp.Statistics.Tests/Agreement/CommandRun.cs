using System.CommandLine;

using Offramp.Analysis;

namespace Offramp.Statistics.Tests.Agreement;

/// <summary>Runs <c>analyze agreement</c> in-process, capturing what it writes to stdout and stderr.</summary>
public sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static CommandRun Agreement(params string[] arguments)
    {
        // The real analyze command, so the test also proves agreement is registered there.
        var root = new RootCommand { AnalyzeCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = root.Parse(["analyze", "agreement", .. arguments])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The arguments naming the generated designs' columns and unknown value.</summary>
    public static string[] DesignArguments(string csvPath) =>
    [
        "--csv", csvPath,
        "--subject", RatingDesign.SubjectColumn,
        "--rater", RatingDesign.RaterColumn,
        "--rating", RatingDesign.RatingColumn,
        "--unknown", RatingDesignGenerator.Unknown,
    ];
}
