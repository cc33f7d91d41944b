using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Reports;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Reports;

/// <summary>
/// `offramp report evaluation --program P --out DIR`: the program's evaluation report as one self-contained HTML file
/// (charts inline as SVG) plus CSV tables, for an operator with the database and the key ring. Audited like the
/// report in the app.
/// </summary>
public static class ReportCommand
{
    public static Command Create() => new("report", L["Produce reports from the database."]) { Evaluation() };

    private static Command Evaluation()
    {
        var program = new Option<string>("--program") { Description = L["The program's name."], Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = L["Folder for report.html and the CSV tables (created if missing)."], Required = true };
        var coded = new Option<string?>("--coded") { Description = L["Only participants coded so on the coded profile: FIELD=CODE (e.g. exit-status-at-entry=doubting)."] };
        var breakDownBy = new Option<string?>("--break-down-by") { Description = L["A coded-profile field every rate is also broken down by (e.g. movement)."] };
        var command = new Command("evaluation", L["A program's evaluation report: survival with CIs, rates at horizons, comparisons, pre/post change, by gender and by a coded field."])
        {
            program, output, coded, breakDownBy,
        };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetValue(program)!, parseResult.GetValue(output)!, Filter(parseResult.GetValue(coded), parseResult.GetValue(breakDownBy)), ct));
        return command;
    }

    private static CohortFilter Filter(string? coded, string? breakDownBy)
    {
        if (coded is null)
        {
            return CohortFilter.Everyone with { BreakDownBy = breakDownBy };
        }

        var parts = coded.Split('=', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
            ? new CohortFilter { CodedField = parts[0], CodedValue = parts[1], BreakDownBy = breakDownBy }
            : throw new CliException(L["--coded takes FIELD=CODE (e.g. exit-status-at-entry=doubting), not '{0}'.", coded]);
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string programName, DirectoryInfo output, CohortFilter filter, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        await DatabaseReadiness.EnsureMigratedAsync(scope.Db(), ct);
        var clock = Stopwatch.StartNew();
        EvaluationReport? report = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(L["Reading participants"], maxValue: 8);
                report = await scope.Get<BuildEvaluationReport>().ForOperatorAsync(programName, filter, new StepReporter(task), ct);
                task.Description = L["Writing report"];
                Directory.CreateDirectory(output.FullName);
                await EvaluationReportFiles.WriteAsync(report, output.FullName, ct);
                task.Value = task.MaxValue;
            });
        clock.Stop();
        console.MarkupLine(L.Markup["[green]Evaluation report of {0}[/]: {1:N0} participants, {2:N0} excluded without evaluation consent, {3} metrics, in {4:0.00} s.",
            report!.ProgramName, report.CohortSize, report.ExcludedWithoutConsent, report.Metrics.Count, clock.Elapsed.TotalSeconds]);
        console.MarkupLine(L.Markup["Written to {0}: {1}", output.FullName, "report.html, rates.csv, comparisons.csv, survival.csv, change.csv"]);
        return ExitCodes.Success;
    }

    /// <summary>Moves the bar one step per stage the report passes (queries, then one per metric).</summary>
    private sealed class StepReporter(ProgressTask task) : IProgress<Phrase>
    {
        public void Report(Phrase value)
        {
            // Core names its steps as phrases, so the bar reads in the operator's language; a metric's name as its author gave it.
            task.Description = Markup.Escape(CoreWording.Say(value));
            task.Value = Math.Min(task.Value + 1, task.MaxValue - 1);
        }
    }
}
