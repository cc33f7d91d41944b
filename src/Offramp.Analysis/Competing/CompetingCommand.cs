using System.CommandLine;
using System.Globalization;

using Offramp.Analysis.Csv;
using Offramp.Analysis.Output;
using Offramp.Statistics.Competing;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Competing;

/// <summary><c>analyze competing</c>: cumulative incidence with competing risks and Gray's test, matching R's cmprsk::cuminc.</summary>
public static class CompetingCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv") { Description = L["CSV file with one row per participant and a header row."], Required = true };
        var time = new Option<string>("--time") { Description = L["Column with the follow-up time."], Required = true };
        var status = new Option<string>("--status") { Description = L["Column with 0 if censored, else the cause that ended follow-up: 1, 2, ... (e.g. 1 reconviction, 2 death, 3 deportation)."], Required = true };
        var group = new Option<string>("--group") { Description = L["Column naming each participant's group: one curve per group and cause, and Gray's test."] };
        var strata = new Option<string>("--strata") { Description = L["Column to stratify Gray's test by; needs --group."] };
        var times = new Option<string>("--times") { Description = L["Horizons to report the cumulative incidence at, comma separated (e.g. 12,24,36)."] };
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level (default 0.95)."], DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command("competing", L["Competing risks: the cumulative incidence of each cause (Aalen–Johansen, with Gray's variance and intervals) when another outcome such as death or deportation can happen first, and Gray's test between groups, matching R's cmprsk::cuminc."])
        {
            csv, time, status, group, strata, times, confLevel, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "competing", output =>
        {
            var report = Run(
                parseResult.GetRequiredValue(csv).FullName,
                parseResult.GetRequiredValue(time),
                parseResult.GetRequiredValue(status),
                parseResult.GetValue(group),
                parseResult.GetValue(strata),
                Horizons.Parse(parseResult.GetValue(times)),
                ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel)));
            if (parseResult.GetValue(json))
            {
                CompetingJsonWriter.Write(output, report);
            }
            else
            {
                CompetingTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }

    public static CompetingReport Run(string path, string timeColumn, string statusColumn, string? groupColumn, string? strataColumn, double[] horizons, double confidenceLevel)
    {
        if (strataColumn is not null && groupColumn is null)
        {
            throw new AnalysisInputException(L["--strata needs --group: Gray's test compares groups within strata."]);
        }

        var requests = new List<ColumnRequest>
        {
            new(timeColumn, ColumnKind.NonNegativeNumber, "--time"),
            new(statusColumn, ColumnKind.Cause, "--status"),
        };
        if (groupColumn is not null)
        {
            requests.Add(new ColumnRequest(groupColumn, ColumnKind.Label, "--group"));
        }

        if (strataColumn is not null)
        {
            requests.Add(new ColumnRequest(strataColumn, ColumnKind.Label, "--strata"));
        }

        var columns = CsvColumnReader.Read(path, requests);
        var status = columns.Causes(statusColumn);
        var groups = groupColumn is null ? null : columns.Labels(groupColumn);
        var strata = strataColumn is null ? null : columns.Labels(strataColumn);
        var result = CompetingRisks.Analyze(
            columns.Numbers(timeColumn), status, groups?.Codes, groups?.Labels, strata?.Codes, strata?.Labels.Length ?? 1, horizons, confidenceLevel);
        return new CompetingReport(path, columns.RowCount, columns.SkippedRows, result);
    }
}

/// <summary>Parses the --times option shared by the analyze commands.</summary>
internal static class Horizons
{
    public static double[] Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
            double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
                ? value
                : throw new AnalysisInputException(L["--times: '{0}' is not a time (give times like 12,24,36).", part]))];
    }
}
