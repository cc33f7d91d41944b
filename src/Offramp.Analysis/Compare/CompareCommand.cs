using System.CommandLine;

using Offramp.Analysis.Output;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Compare;

/// <summary><c>analyze compare</c>: outcome by group (2×2 or r×c), overall and per stratum, with every applicable test.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv") { Description = L["CSV file with one row per participant and a header row."], Required = true };
        var outcome = new Option<string>("--outcome") { Description = L["Column with the outcome (e.g. reconvicted: 0/1, or employed/unemployed/in training)."], Required = true };
        var group = new Option<string>("--group") { Description = L["Column with the group to compare (e.g. completer / early leaver)."], Required = true };
        var strata = new Option<string>("--strata") { Description = L["Column to stratify by (e.g. gender): per-stratum tables and a Mantel–Haenszel pooled odds ratio."] };
        var positive = new Option<string>("--positive") { Description = L["For a two-level outcome, the level the odds ratio and risk difference are about (default: the higher level, e.g. 1 or yes)."] };
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level (default 0.95)."], DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command("compare", L["Compare an outcome between groups: counts with Wilson intervals, Pearson chi-square with and without Yates' correction, Fisher's exact test, odds ratio (Woolf), risk difference, phi and Cramér's V, per stratum and pooled (Mantel–Haenszel); matching SciPy and statsmodels."])
        {
            csv, outcome, group, strata, positive, confLevel, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "compare", output =>
        {
            var report = CompareAnalysis.Run(new CompareRequest(
                parseResult.GetRequiredValue(csv).FullName,
                parseResult.GetRequiredValue(outcome),
                parseResult.GetRequiredValue(group),
                parseResult.GetValue(strata),
                parseResult.GetValue(positive),
                ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel))));
            if (parseResult.GetValue(json))
            {
                AnalysisJson.Write(output, report);
            }
            else
            {
                CompareTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }
}
