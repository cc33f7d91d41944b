using System.CommandLine;

using Offramp.Analysis.Models;
using Offramp.Analysis.Output;
using Offramp.Statistics.Regression;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Cox;

/// <summary><c>analyze cox</c>: Cox proportional hazards regression on any CSV, matching R's coxph.</summary>
public static class CoxCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv") { Description = L["CSV file with one row per participant and a header row."], Required = true };
        var time = new Option<string>("--time") { Description = L["Column with the follow-up time."], Required = true };
        var eventColumn = new Option<string>("--event") { Description = L["Column with 1 if follow-up ended with the event, 0 if censored."], Required = true };
        var covariates = new Option<string>("--covariates") { Description = L["Columns to adjust for, comma separated (e.g. group,age,gender). Text columns are categorical."], Required = true };
        var categorical = new Option<string>("--categorical") { Description = L["Numeric-coded covariates to treat as categories (e.g. region)."] };
        var reference = new Option<string>("--reference") { Description = L["Reference level per categorical covariate, e.g. group=comparison (default: the first level, as R)."] };
        var strata = new Option<string>("--strata") { Description = L["Column whose groups each get their own baseline hazard (e.g. site)."] };
        var ties = new Option<string>("--ties") { Description = L["Tied event times: efron (default, as R) or breslow."], DefaultValueFactory = _ => "efron" };
        ties.AcceptOnlyFromAmong("efron", "breslow");
        var robust = new Option<bool>("--robust") { Description = L["Add robust (sandwich) standard errors; implied by --cluster."] };
        var cluster = new Option<string>("--cluster") { Description = L["Column identifying clusters (e.g. family or mentor) for robust standard errors."] };
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level (default 0.95)."], DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command("cox", L["Cox proportional hazards regression: hazard ratios adjusted for covariates, with confidence intervals, likelihood-ratio, Wald and score tests and the concordance, matching R's coxph. Refuses data that cannot support the model."])
        {
            csv, time, eventColumn, covariates, categorical, reference, strata, ties, robust, cluster, confLevel, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "cox", output =>
        {
            var request = new CoxRequest(
                parseResult.GetRequiredValue(csv).FullName,
                parseResult.GetRequiredValue(time),
                parseResult.GetRequiredValue(eventColumn),
                new CovariateColumns(parseResult.GetRequiredValue(covariates), parseResult.GetValue(categorical), parseResult.GetValue(reference)),
                parseResult.GetValue(strata),
                parseResult.GetValue(cluster),
                parseResult.GetValue(robust),
                new CoxOptions
                {
                    Ties = parseResult.GetValue(ties) == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
                    ConfidenceLevel = ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel)),
                });
            var report = CoxAnalysis.Run(request);
            if (parseResult.GetValue(json))
            {
                AnalysisJson.Write(output, report);
            }
            else
            {
                CoxTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }
}
