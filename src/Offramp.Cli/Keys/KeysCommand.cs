using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Core.KeyManagement;

using Spectre.Console;

namespace Offramp.Cli.Keys;

/// <summary>
/// `offramp keys rotate [--batch-size N]`: a new field-encryption key, every sealed value re-sealed in batches with a
/// progress bar, the old key retired once nothing uses it. Interrupted (Ctrl+C, crash), run it again: it resumes.
/// </summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var batchSize = new Option<int>("--batch-size") { Description = "Rows re-sealed per transaction.", DefaultValueFactory = _ => 2000 };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 50_000)
            {
                r.AddError("--batch-size must be between 1 and 50,000.");
            }
        });
        var rotate = new Command("rotate", "Add a new field-encryption key, re-seal every encrypted field with it, retire the old key.") { batchSize };
        rotate.SetAction((parseResult, ct) => RotateAsync(parseResult, parseResult.GetValue(batchSize), ct));
        return new Command("keys", "Data-encryption keys.") { rotate };
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
                var task = progress.AddTask("Re-sealing encrypted fields");
                var rotation = await scope.Get<FieldKeyRotation>().RunAsync(batchSize, new Reporter(task), ct);
                task.Value = task.MaxValue;
                return rotation;
            });
        clock.Stop();
        console.MarkupLineInterpolated(
            $"[green]Field key {result.ActiveKeyId} active[/]{(result.Resumed ? " (resumed an interrupted rotation)" : "")}: {result.Resealed:N0} values re-sealed in {result.Scanned:N0} rows, {clock.Elapsed:m\\:ss\\.f}.");
        console.MarkupLine(result.RetiredKeyIds.Count > 0
            ? $"Retired key(s): {string.Join(", ", result.RetiredKeyIds)}."
            : "No key retired: values under an older key remain; run `offramp keys rotate` again.");
        return ExitCodes.Success;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<KeyRotationProgress>
    {
        public void Report(KeyRotationProgress value)
        {
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Scanned;
            task.Description = $"Re-sealing encrypted fields ({value.Table})";
        }
    }
}
