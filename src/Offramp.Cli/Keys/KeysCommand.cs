using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Core.KeyManagement;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Keys;

/// <summary>
/// `offramp keys rotate [--batch-size N]`: a new field-encryption key, every sealed value re-sealed in batches with a
/// progress bar, the old key retired once nothing uses it. Interrupted (Ctrl+C, crash), run it again: it resumes.
/// </summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var batchSize = new Option<int>("--batch-size") { Description = L["Rows re-sealed per transaction."], DefaultValueFactory = _ => 2000 };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 50_000)
            {
                r.AddError(L["--batch-size must be between {0:N0} and {1:N0}.", 1, 50_000]);
            }
        });
        var rotate = new Command("rotate", L["Add a new field-encryption key, re-seal every encrypted field with it, retire the old key."]) { batchSize };
        rotate.SetAction((parseResult, ct) => RotateAsync(parseResult, parseResult.GetValue(batchSize), ct));
        return new Command("keys", L["Data-encryption keys."]) { rotate };
    }

    private static async Task<int> RotateAsync(ParseResult parseResult, int batchSize, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        await DatabaseReadiness.EnsureMigratedAsync(scope.Db(), ct);
        var clock = Stopwatch.StartNew();
        var result = await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(L["Re-sealing encrypted fields"]);
                var rotation = await scope.Get<FieldKeyRotation>().RunAsync(batchSize, new Reporter(task), ct);
                task.Value = task.MaxValue;
                return rotation;
            });
        clock.Stop();
        console.MarkupLine(result.Resumed
            ? L.Markup["[green]Field key {0} active[/] (resumed an interrupted rotation): {1:N0} values re-sealed in {2:N0} rows, {3:m\\:ss\\.f}.", result.ActiveKeyId, result.Resealed, result.Scanned, clock.Elapsed]
            : L.Markup["[green]Field key {0} active[/]: {1:N0} values re-sealed in {2:N0} rows, {3:m\\:ss\\.f}.", result.ActiveKeyId, result.Resealed, result.Scanned, clock.Elapsed]);
        console.MarkupLine(result.RetiredKeyIds.Count > 0
            ? L.Markup["Retired key(s): {0}.", string.Join(", ", result.RetiredKeyIds)]
            : L["No key retired: values under an older key remain; run `offramp keys rotate` again."]);
        return ExitCodes.Success;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<KeyRotationProgress>
    {
        public void Report(KeyRotationProgress value)
        {
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Scanned;
            task.Description = L.Markup["Re-sealing encrypted fields ({0})", value.Table];
        }
    }
}
