using System.CommandLine;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Audit;

using Spectre.Console;

namespace Offramp.Cli.Audit;

/// <summary>
/// `offramp audit verify`: walks the whole hash chain and its signed checkpoints. Exit 0 when intact; exit 2 with
/// the first broken event when a row was edited, deleted, reordered or the tail cut.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Walk the audit chain; exit 0 if intact, 2 naming the first broken event.");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        await DatabaseReadiness.EnsureMigratedAsync(scope.Db(), ct);
        var verifier = scope.Get<AuditVerifier>();
        var result = await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Verifying audit chain");
                var verification = await verifier.VerifyAsync(new Reporter(task), ct);
                task.Value = task.MaxValue;
                return verification;
            });

        if (result.IsIntact)
        {
            console.MarkupLineInterpolated($"[green]intact:[/] {result.EventCount:N0} events, {result.CheckpointCount:N0} checkpoints");
            return ExitCodes.Success;
        }

        parseResult.InvocationConfiguration.Error.WriteLine(result.Message);
        return ExitCodes.AuditChainBroken;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<(long Done, long Total)>
    {
        public void Report((long Done, long Total) value)
        {
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Done;
        }
    }
}
