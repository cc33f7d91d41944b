using System.CommandLine;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Audit;
using Offramp.Core.Audit.Witness;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Audit;

/// <summary>
/// `offramp audit checkpoint`: signs the current head of the chain now, so events since the last automatic
/// checkpoint cannot be cut off unnoticed (run it before a backup or from cron), and writes it to the witness file
/// at once, failing if it cannot.
/// </summary>
public static class CheckpointCommand
{
    public static Command Create()
    {
        var command = new Command("checkpoint", L["Sign the current head of the audit chain."]);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken ct)
    {
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        var db = scope.Db();
        await DatabaseReadiness.EnsureMigratedAsync(db, ct);
        await scope.Get<AuditChainWriter>().CheckpointAsync(db, ct);
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        var console = Terminal.For(parseResult);
        if (head is null || head.Sequence == 0)
        {
            console.MarkupLine(L["The audit chain is empty: nothing to sign."]);
        }
        else
        {
            console.MarkupLine(L.Markup["[green]Signed checkpoint[/] at event {0:N0} (head {1}…).", head.Sequence, head.Hash[..12]]);
            var witness = scope.Get<AuditWitness>();
            if (witness.Enabled)
            {
                try
                {
                    witness.WriteHead(head.Sequence, head.Hash);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException(L["the checkpoint is signed, but the witness file {0} could not be written: {1}", witness.Path, e.Message], ExitCodes.DatabaseUnavailable);
                }

                console.MarkupLine(L.Markup["Witnessed in {0}.", witness.Path]);
            }
        }

        return ExitCodes.Success;
    }
}
