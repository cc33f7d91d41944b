using System.CommandLine;

using Offramp.Analysis.Csv;
using Offramp.Analysis.Output;
using Offramp.Statistics.Meta;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Meta;

/// <summary><c>analyze meta</c>: pools effect sizes from several studies (random effects, REML or DerSimonian–Laird), matching R's metafor::rma.</summary>
public static class MetaCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv") { Description = L["CSV file with one row per study and a header row."], Required = true };
        var yi = new Option<string>("--yi") { Description = L["Column with each study's effect size (log odds ratio, log hazard ratio, risk difference, ...)."], Required = true };
        var vi = new Option<string>("--vi") { Description = L["Column with each effect size's sampling variance (its standard error squared)."], Required = true };
        var study = new Option<string>("--study") { Description = L["Column naming each study, for the table of weights."] };
        var method = new Option<string>("--method") { Description = L["How τ² is estimated: REML (default, as metafor), DL (DerSimonian–Laird), or EE for a common effect (τ² = 0)."], DefaultValueFactory = _ => "REML" };
        method.AcceptOnlyFromAmong("REML", "DL", "EE", "FE", "reml", "dl", "ee", "fe");
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level of the confidence and prediction intervals (default 0.95)."], DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command("meta", L["Meta-analysis: pools the effect sizes of several studies into one estimate with its confidence interval, the between-study variance τ², I², H², Cochran's Q and the prediction interval for a new study, matching R's metafor::rma and predict."])
        {
            csv, yi, vi, study, method, confLevel, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "meta", output =>
        {
            var report = Run(
                parseResult.GetRequiredValue(csv).FullName,
                parseResult.GetRequiredValue(yi),
                parseResult.GetRequiredValue(vi),
                parseResult.GetValue(study),
                ParseMethod(parseResult.GetValue(method)),
                ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel)));
            if (parseResult.GetValue(json))
            {
                AnalysisJson.Write(output, report);
            }
            else
            {
                MetaTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }

    public static MetaReport Run(string path, string yiColumn, string viColumn, string? studyColumn, MetaAnalysisMethod method, double confidenceLevel)
    {
        var requests = new List<ColumnRequest>
        {
            new(yiColumn, ColumnKind.Number, "--yi"),
            new(viColumn, ColumnKind.PositiveNumber, "--vi"),
        };
        if (studyColumn is not null)
        {
            requests.Add(new ColumnRequest(studyColumn, ColumnKind.Label, "--study"));
        }

        var columns = CsvColumnReader.Read(path, requests);
        var k = columns.RowCount;
        string[] studies;
        if (studyColumn is null)
        {
            studies = [.. Enumerable.Range(1, k).Select(i => $"Study {i}")];
        }
        else
        {
            var labels = columns.Labels(studyColumn);
            studies = Array.ConvertAll(labels.Codes, code => labels.Labels[code]);
        }

        var result = RandomEffectsMetaAnalysis.Fit(columns.Numbers(yiColumn), columns.Numbers(viColumn), new MetaAnalysisOptions(method, confidenceLevel));
        return new MetaReport(path, k, columns.SkippedRows, [.. studies], [.. columns.Numbers(yiColumn)], [.. columns.Numbers(viColumn)], result);
    }

    internal static MetaAnalysisMethod ParseMethod(string? text) => text?.ToUpperInvariant() switch
    {
        null or "REML" => MetaAnalysisMethod.Reml,
        "DL" => MetaAnalysisMethod.DerSimonianLaird,
        "EE" or "FE" => MetaAnalysisMethod.CommonEffect,
        _ => throw new AnalysisInputException(L["--method must be REML, DL or EE (got '{0}').", text]),
    };
}
