using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Common;
using Offramp.Core.Evaluation.Exports;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Exports;

/// <summary>
/// `offramp export research --program P --recipient NAME --out DIR [--format csv|parquet|both] [--dates shift|interval]`:
/// de-identified record-level data for one named recipient, streamed to files, with a codebook; audited.
/// </summary>
public static class ExportCommand
{
    public static Command Create() => new("export", L["Export data out of the database."]) { Research() };

    private static Command Research()
    {
        var program = new Option<string>("--program") { Description = L["The program's name."], Required = true };
        var recipient = new Option<string>("--recipient") { Description = L["Who receives the data (person or institution): pseudonyms are keyed to this name."], Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = L["Folder for the files (created if missing)."], Required = true };
        var format = new Option<string>("--format") { Description = L["csv, parquet or both."], DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet", "both");
        var dates = new Option<string>("--dates") { Description = L["shift (per-participant random offset) or interval (days since referral and release)."], DefaultValueFactory = _ => "shift" };
        dates.AcceptOnlyFromAmong("shift", "interval");
        var command = new Command("research", L["De-identified record-level data of a program for a named recipient, with a codebook."]) { program, recipient, output, format, dates };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetValue(program)!, new ResearchExportOptions(
            parseResult.GetValue(recipient)!,
            parseResult.GetValue(output)!.FullName,
            parseResult.GetValue(format) switch { "parquet" => ExportFormat.Parquet, "both" => ExportFormat.Both, _ => ExportFormat.Csv },
            parseResult.GetValue(dates) == "interval" ? DateMasking.Interval : DateMasking.Shift), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string programName, ResearchExportOptions options, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        await DatabaseReadiness.EnsureMigratedAsync(scope.Db(), ct);
        var clock = Stopwatch.StartNew();
        ResearchExportSummary? summary = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(L["Reading participants"], maxValue: 9);
                summary = await scope.Get<ExportResearchData>().ForOperatorAsync(programName, options, new StepReporter(task), ct);
                task.Value = task.MaxValue;
            });
        clock.Stop();
        console.MarkupLine(L.Markup["[green]Research export for {0}[/]: {1:N0} participants ({2:N0} excluded without evaluation consent), {3:N0} outcomes, {4:N0} ratings in {5:0.00} s.",
            options.Recipient, summary!.Participants, summary.ExcludedWithoutConsent, summary.Outcomes, summary.Ratings, clock.Elapsed.TotalSeconds]);
        console.MarkupLine(L.Markup["Written to {0}: {1}", options.Directory, string.Join(", ", summary.Files)]);
        return ExitCodes.Success;
    }

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
