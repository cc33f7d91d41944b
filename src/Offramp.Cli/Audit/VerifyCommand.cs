using System.CommandLine;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Audit;
using Offramp.Core.Audit.Witness;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Audit;

/// <summary>
/// `offramp audit verify [--against HEAD-FILE]`: walks the whole hash chain and its signed checkpoints, then checks it
/// still holds every head in the witness file (and the exported head). Exit 0 when intact; exit 2 naming what happened
/// when a row was edited, deleted or reordered, the tail cut, the chain emptied or an older copy put in place.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var against = new Option<string?>("--against") { Description = L["A head exported with `audit head --out`: the chain must still contain it."] };
        var command = new Command("verify", L["Walk the audit chain and check it against the witness; exit 0 if intact, 2 naming what broke."]) { against };
        command.SetAction((r, ct) => RunAsync(r, r.GetValue(against), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string? againstFile, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        var against = againstFile is null ? null : await ReadHeadFileAsync(againstFile, ct);
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        await DatabaseReadiness.EnsureMigratedAsync(scope.Db(), ct);
        var verifier = scope.Get<AuditVerifier>();
        var result = await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(L["Verifying audit chain"]);
                var verification = await verifier.VerifyAsync(against, new Reporter(task), ct);
                task.Value = task.MaxValue;
                return verification;
            });

        if (result.IsIntact)
        {
            console.MarkupLine(L.Markup["[green]intact:[/] {0:N0} events, {1:N0} checkpoints", result.EventCount, result.CheckpointCount]);
            foreach (var note in result.Notes ?? [])
            {
                console.MarkupLineInterpolated($"  {CoreWording.Say(note)}");
            }
            return ExitCodes.Success;
        }

        parseResult.InvocationConfiguration.Error.WriteLine(CoreWording.Say(result.Wording));
        return ExitCodes.AuditChainBroken;
    }

    private static async Task<SignedHead> ReadHeadFileAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new CliException(L["{0} does not exist.", path]);
        }

        return SignedHead.Parse(await File.ReadAllTextAsync(path, ct)) is { Kind: SignedHead.HeadKind } head
            ? head
            : throw new CliException(L["{0} is not a head exported with `offramp audit head --out`.", path]);
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
