using System.CommandLine;

using Offramp.Analysis.Competing;
using Offramp.Analysis.Csv;
using Offramp.Analysis.Models;
using Offramp.Analysis.Output;
using Offramp.Statistics.Weighting;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Weighted;

/// <summary><c>analyze weighted</c>: propensity-weighted comparison with a non-randomised comparison group.</summary>
public static class WeightedCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv") { Description = L["CSV file with one row per participant and a header row."], Required = true };
        var treatment = new Option<string>("--treatment") { Description = L["Column with two values: program group and comparison group (e.g. 1/0)."], Required = true };
        var treated = new Option<string>("--treated") { Description = L["The value of --treatment that marks the program group (default: the second in R's order, e.g. 1 of 0/1)."] };
        var covariates = new Option<string>("--covariates") { Description = L["Columns the groups may differ on, comma separated (e.g. age,gender,prior)."], Required = true };
        var categorical = new Option<string>("--categorical") { Description = L["Numeric-coded covariates to treat as categories."] };
        var reference = new Option<string>("--reference") { Description = L["Reference level per categorical covariate, e.g. region=north."] };
        var time = new Option<string>("--time") { Description = L["Column with the follow-up time."], Required = true };
        var eventColumn = new Option<string>("--event") { Description = L["Column with 1 if follow-up ended with the event, 0 if censored."], Required = true };
        var estimand = new Option<string>("--estimand") { Description = L["ATE (default): effect had everyone taken part; ATT: effect on those who did."], DefaultValueFactory = _ => "ATE" };
        estimand.AcceptOnlyFromAmong("ATE", "ATT", "ate", "att");
        var truncate = new Option<double>("--truncate") { Description = L["Truncate weights at this quantile and its complement (default 0.01, i.e. the 1st and 99th percentiles; 0 for none)."], DefaultValueFactory = _ => 0.01 };
        var times = new Option<string>("--times") { Description = L["Horizons to report the weighted survival at, comma separated (e.g. 12,24)."] };
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level (default 0.95)."], DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command("weighted", L["Propensity weighting for a comparison group that was not randomised: logistic propensity model (as R's glm), stabilised inverse-probability weights with truncation, covariate balance before and after, weighted Kaplan–Meier curves and a weighted Cox hazard ratio with a robust standard error, matching R."])
        {
            csv, treatment, treated, covariates, categorical, reference, time, eventColumn, estimand, truncate, times, confLevel, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "weighted", output =>
        {
            var truncation = parseResult.GetValue(truncate);
            if (!(truncation >= 0 && truncation < 0.5))
            {
                throw new AnalysisInputException(L["--truncate must lie in [0, 0.5) (got {0}).", truncation]);
            }

            var report = Run(
                parseResult.GetRequiredValue(csv).FullName,
                parseResult.GetRequiredValue(treatment),
                parseResult.GetValue(treated),
                new CovariateColumns(parseResult.GetRequiredValue(covariates), parseResult.GetValue(categorical), parseResult.GetValue(reference)),
                parseResult.GetRequiredValue(time),
                parseResult.GetRequiredValue(eventColumn),
                parseResult.GetValue(estimand)!.Equals("ATT", StringComparison.OrdinalIgnoreCase) ? Estimand.Att : Estimand.Ate,
                truncation,
                Horizons.Parse(parseResult.GetValue(times)),
                ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel)));
            if (parseResult.GetValue(json))
            {
                AnalysisJson.Write(output, report);
            }
            else
            {
                WeightedTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }

    public static WeightedReport Run(
        string path, string treatmentColumn, string? treatedLevel, CovariateColumns covariates, string timeColumn, string eventColumn,
        Estimand estimand, double truncation, double[] horizons, double confidenceLevel)
    {
        if (covariates.Names.Contains(treatmentColumn))
        {
            throw new AnalysisInputException(L["--covariates includes the treatment column '{0}': the propensity model predicts it from the others.", treatmentColumn]);
        }

        var requests = new List<ColumnRequest>
        {
            new(treatmentColumn, ColumnKind.Label, "--treatment"),
            new(timeColumn, ColumnKind.NonNegativeNumber, "--time"),
            new(eventColumn, ColumnKind.ZeroOrOne, "--event"),
        };
        requests.AddRange(covariates.Requests());
        var columns = CsvColumnReader.Read(path, requests);
        var groups = columns.Labels(treatmentColumn);
        if (groups.Labels.Length != 2)
        {
            throw new AnalysisInputException(
                L["--treatment column '{0}' must have exactly two values (program and comparison); it has {1}: {2}.", treatmentColumn, groups.Labels.Length, string.Join(", ", groups.Labels.Take(10).Select(l => $"'{l}'"))]);
        }

        var treatedCode = treatedLevel is null ? 1 : Array.IndexOf(groups.Labels, treatedLevel);
        if (treatedCode < 0)
        {
            throw new AnalysisInputException(L["--treated: '{0}' has no value '{1}'; its values are '{2}' and '{3}'.", treatmentColumn, treatedLevel, groups.Labels[0], groups.Labels[1]]);
        }

        var built = covariates.Build(columns);

        // A 0/1 column enters R's coxph as a number named after the column; other labels as a factor level.
        var name = groups.Labels is ["0", "1"] && treatedCode == 1 ? treatmentColumn : treatmentColumn + groups.Labels[treatedCode];
        var result = WeightedComparison.Analyze(
            name,
            Array.ConvertAll(groups.Codes, c => c == treatedCode),
            built,
            columns.Numbers(timeColumn),
            columns.Flags(eventColumn),
            estimand,
            truncation,
            confidenceLevel);
        return new WeightedReport(
            path, columns.RowCount, columns.SkippedRows, treatmentColumn, groups.Labels[treatedCode], groups.Labels[1 - treatedCode],
            [.. built.Select(CovariateDescription.Of)], [.. horizons], result);
    }
}
