using System.CommandLine;
using System.Globalization;

using Offramp.Analysis.Output;
using Offramp.Statistics.Survival;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Survival;

/// <summary><c>analyze survival</c>: Kaplan–Meier curves, medians, survival at horizons and log-rank tests from a CSV.</summary>
public static class SurvivalCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv") { Description = L["CSV file with one row per participant and a header row."], Required = true };
        var time = new Option<string>("--time") { Description = L["Column with the follow-up time (e.g. months since release)."], Required = true };
        var eventColumn = new Option<string>("--event") { Description = L["Column with 1 if follow-up ended with the event, 0 if censored."], Required = true };
        var group = new Option<string>("--group") { Description = L["Column naming each participant's group: one curve per group and a log-rank test."] };
        var strata = new Option<string>("--strata") { Description = L["Column to stratify the log-rank test by (e.g. gender); needs --group."] };
        var times = new Option<string>("--times") { Description = L["Horizons to report survival at, comma separated (e.g. 12,24,36)."] };
        var confType = new Option<string>("--conf-type") { Description = L["Scale of the confidence intervals, as R's survfit: log (default), plain or log-log."], DefaultValueFactory = _ => "log" };
        confType.AcceptOnlyFromAmong("log", "plain", "log-log");
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level (default 0.95)."], DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command("survival", L["Kaplan–Meier survival with right censoring: curves with confidence intervals, median survival, survival at chosen times, and log-rank tests (plain and stratified), matching R's survfit and survdiff."])
        {
            csv, time, eventColumn, group, strata, times, confType, confLevel, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "survival", output =>
        {
            var request = new SurvivalRequest(
                parseResult.GetRequiredValue(csv).FullName,
                parseResult.GetRequiredValue(time),
                parseResult.GetRequiredValue(eventColumn),
                parseResult.GetValue(group),
                parseResult.GetValue(strata),
                ParseTimes(parseResult.GetValue(times)),
                new KaplanMeierOptions
                {
                    ConfidenceType = ParseConfidenceType(parseResult.GetValue(confType)),
                    ConfidenceLevel = ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel)),
                });
            var report = SurvivalAnalysis.Run(request);
            if (parseResult.GetValue(json))
            {
                SurvivalJsonWriter.Write(output, report);
            }
            else
            {
                SurvivalTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }

    private static double[] ParseTimes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
            double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw new AnalysisInputException(L["--times: '{0}' is not a number (give times like 12,24,36).", part]))];
    }

    private static SurvivalConfidenceType ParseConfidenceType(string? text) => text switch
    {
        "plain" => SurvivalConfidenceType.Plain,
        "log-log" => SurvivalConfidenceType.LogLog,
        _ => SurvivalConfidenceType.Log,
    };
}
