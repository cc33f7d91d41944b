using System.CommandLine;

using Offramp.Analysis.Output;
using Offramp.Statistics.Agreement;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Agreement;

/// <summary>
/// <c>analyze agreement</c>: long-format ratings in, every agreement statistic that fits the design out,
/// as tables or as JSON. Bad input ends with a message on stderr and exit code 1, never a stack trace.
/// </summary>
public static class AgreementCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv")
        {
            Description = L["CSV file of ratings, one row per subject, rater and rating (comma, semicolon or tab separated, with a header row)."],
            Required = true,
        };
        var subject = new Option<string>("--subject") { Description = L["Column naming the person rated."], Required = true };
        var rater = new Option<string>("--rater") { Description = L["Column naming the rater."], Required = true };
        var rating = new Option<string>("--rating") { Description = L["Column holding the rating; a blank cell counts as missing."], Required = true };
        var unknown = new Option<string[]>("--unknown")
        {
            Description = L["Rating values meaning \"unknown / could not rate\" (e.g. --unknown unknown \"could not rate\"); counted and reported, not analysed."],
            AllowMultipleArgumentsPerToken = true,
        };
        var levels = new Option<string[]>("--levels")
        {
            Description = L["The levels of the rating scale in order, lowest first (e.g. --levels absent,partly,present). Needed for weighted kappa on text ratings; numbers are ordered by value without it."],
            AllowMultipleArgumentsPerToken = true,
        };
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level of the kappa and ICC intervals."], DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command(
            "agreement",
            L["Inter-rater agreement from long-format ratings: percent agreement, Cohen's kappa (unweighted, linear, quadratic) for two raters, Fleiss' kappa for three or more, and the six Shrout-Fleiss ICCs for numeric ratings, checked against scikit-learn, statsmodels and R psych."])
        {
            csv, subject, rater, rating, unknown, levels, confLevel, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "agreement", output =>
        {
            var options = new RatingMatrixOptions
            {
                UnknownValues = SplitList(parseResult.GetValue(unknown)),
                Levels = parseResult.GetValue(levels) is { Length: > 0 } given ? SplitList(given) : null,
            };
            var columns = new LongRatingsColumns(
                parseResult.GetRequiredValue(subject), parseResult.GetRequiredValue(rater), parseResult.GetRequiredValue(rating));
            var confidenceLevel = ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel));
            var report = Analyze(parseResult.GetRequiredValue(csv).FullName, columns, options, confidenceLevel);
            if (parseResult.GetValue(json))
            {
                output.WriteLine(AgreementJsonWriter.Write(report));
            }
            else
            {
                AgreementTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }

    private static AgreementReport Analyze(string path, LongRatingsColumns columns, RatingMatrixOptions options, double confidenceLevel)
    {
        try
        {
            return AgreementAnalysis.Analyze(LongRatingsCsvReader.Read(path, columns, options), confidenceLevel);
        }
        catch (RatingDataException exception)
        {
            // The statistics library words its own input errors; the command reports them like any other bad input.
            throw new AnalysisInputException(Say(exception.Text));
        }
    }

    /// <summary>Accepts both repeated values and one comma-separated value, as people type either.</summary>
    private static string[] SplitList(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
