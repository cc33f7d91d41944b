using System.CommandLine;

using CsvHelper;

using Offramp.Statistics.Agreement;

using Spectre.Console;

namespace Offramp.Analysis.Agreement;

/// <summary>
/// <c>analyze agreement</c>: long-format ratings in, every agreement statistic that fits the design out,
/// as tables or as JSON. Bad input ends with a message on stderr and exit code 1, never a stack trace.
/// </summary>
public static class AgreementCommand
{
    public const int InputError = 1;

    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv")
        {
            Description = "CSV file of ratings, one row per subject, rater and rating (comma, semicolon or tab separated, with a header row).",
            Required = true,
        };
        var subject = new Option<string>("--subject") { Description = "Column naming the person rated.", Required = true };
        var rater = new Option<string>("--rater") { Description = "Column naming the rater.", Required = true };
        var rating = new Option<string>("--rating") { Description = "Column holding the rating; a blank cell counts as missing.", Required = true };
        var unknown = new Option<string[]>("--unknown")
        {
            Description = "Rating values meaning \"unknown / could not rate\" (e.g. --unknown unknown \"could not rate\"); counted and reported, not analysed.",
            AllowMultipleArgumentsPerToken = true,
        };
        var levels = new Option<string[]>("--levels")
        {
            Description = "The levels of the rating scale in order, lowest first (e.g. --levels absent,partly,present). " +
                "Needed for weighted kappa on text ratings; numbers are ordered by value without it.",
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Write JSON with full double precision instead of tables." };

        var command = new Command(
            "agreement",
            "Inter-rater agreement: percent agreement, Cohen's kappa (unweighted, linear, quadratic) for two raters, " +
            "Fleiss' kappa for three or more, and the six Shrout-Fleiss ICCs for numeric ratings.")
        {
            csv, subject, rater, rating, unknown, levels, json,
        };

        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var options = new RatingMatrixOptions
                {
                    UnknownValues = SplitList(parseResult.GetValue(unknown)),
                    Levels = parseResult.GetValue(levels) is { Length: > 0 } given ? SplitList(given) : null,
                };
                var columns = new LongRatingsColumns(
                    parseResult.GetRequiredValue(subject), parseResult.GetRequiredValue(rater), parseResult.GetRequiredValue(rating));
                var matrix = LongRatingsCsvReader.Read(parseResult.GetRequiredValue(csv).FullName, columns, options);
                var report = AgreementAnalysis.Analyze(matrix);
                if (parseResult.GetValue(json))
                {
                    output.WriteLine(AgreementJsonWriter.Write(report));
                }
                else
                {
                    AgreementTableWriter.Write(ConsoleFor(output), report);
                }

                return 0;
            }
            catch (Exception exception) when (exception is AnalysisInputException or RatingDataException or CsvFormatException
                or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"analyze agreement: {exception.Message}");
                return InputError;
            }
        });

        return command;
    }

    /// <summary>Accepts both repeated values and one comma-separated value, as people type either.</summary>
    private static string[] SplitList(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static IAnsiConsole ConsoleFor(TextWriter output)
    {
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // A file or pipe has no width; 80 columns would wrap the ICC table into unreadable cells.
            console.Profile.Width = 140;
        }

        return console;
    }
}