using System.CommandLine;

using Offramp.Analysis.Output;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Change;

/// <summary><c>analyze change</c>: pre/post change on assessment scores, one row per participant.</summary>
public static class ChangeCommand
{
    public static Command Create()
    {
        var csv = new Option<FileInfo>("--csv") { Description = L["CSV file with one row per participant and a header row."], Required = true };
        var subject = new Option<string>("--subject") { Description = L["Column identifying the participant."], Required = true };
        var before = new Option<string>("--before") { Description = L["Column with the baseline score."], Required = true };
        var after = new Option<string>("--after") { Description = L["Column with the follow-up score."], Required = true };
        var reliability = new Option<double?>("--reliability") { Description = L["Reliability of the instrument (e.g. 0.85) for the Jacobson–Truax reliable change index per participant."] };
        var baselineSd = new Option<double?>("--baseline-sd") { Description = L["Published norm SD for the reliable change index (default: SD of the baseline scores)."] };
        var confLevel = new Option<double>("--conf-level") { Description = L["Confidence level (default 0.95)."], DefaultValueFactory = _ => 0.95 };
        var comparison = new Option<string>("--comparison") { Description = L["Group column (e.g. program vs comparison): ANCOVA of the follow-up score on baseline and group, and Welch's test on the change, matching R's lm and t.test."] };
        var reference = new Option<string>("--reference") { Description = L["Reference group for --comparison (default: the first in R's order)."] };
        var json = new Option<bool>("--json") { Description = L["Write JSON with full double precision instead of tables."] };

        var command = new Command("change", L["Pre/post change on assessment scores: paired t-test, Wilcoxon signed-rank test, Cohen's d_z and, with --reliability, the reliable change index per participant; matching SciPy; with --comparison, ANCOVA and Welch's test between groups, matching R."])
        {
            csv, subject, before, after, reliability, baselineSd, confLevel, comparison, reference, json,
        };

        command.SetAction(parseResult => AnalysisCommandAction.Run(parseResult, "change", output =>
        {
            var report = ChangeAnalysis.Run(new ChangeRequest(
                parseResult.GetRequiredValue(csv).FullName,
                parseResult.GetRequiredValue(subject),
                parseResult.GetRequiredValue(before),
                parseResult.GetRequiredValue(after),
                parseResult.GetValue(reliability),
                parseResult.GetValue(baselineSd),
                ConfidenceLevelOption.Parse(parseResult.GetValue(confLevel)),
                parseResult.GetValue(comparison),
                parseResult.GetValue(reference)));
            if (parseResult.GetValue(json))
            {
                AnalysisJson.Write(output, report);
            }
            else
            {
                ChangeTableWriter.Write(ConsoleFactory.For(output), report);
            }
        }));

        return command;
    }
}
