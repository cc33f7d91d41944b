using System.CommandLine;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Audit;
using Offramp.Core.Audit.Witness;
using Offramp.Core.Common;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Audit;

/// <summary>
/// `offramp audit head --out FILE`: verifies the chain, then writes its current head signed with the installation's
/// Ed25519 key (public key included) to FILE and to the witness. Keep the file away from the database (another machine,
/// a ticket, an email to the auditor): `audit verify --against FILE` later proves the chain still contains it.
/// </summary>
public static class HeadCommand
{
    private static readonly JsonSerializerOptions Indented = new(SignedHead.Json) { WriteIndented = true };

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = L["Where to write the signed head (JSON)."], Required = true };
        var command = new Command("head", L["Verify the chain, then export its current head signed with the audit key."]) { output };
        command.SetAction((r, ct) => RunAsync(r, r.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string output, CancellationToken ct)
    {
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        var db = scope.Db();
        await DatabaseReadiness.EnsureMigratedAsync(db, ct);

        // Never vouch for a chain that does not verify: signing it would launder the tampering.
        var verification = await scope.Get<AuditVerifier>().VerifyAsync(ct: ct);
        if (!verification.IsIntact)
        {
            parseResult.InvocationConfiguration.Error.WriteLine(CoreWording.Say(verification.Wording));
            return ExitCodes.AuditChainBroken;
        }

        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is null || head.Sequence == 0)
        {
            throw new CliException(L["the audit chain is empty: there is no head to export."]);
        }

        var witness = scope.Get<AuditWitness>();
        var signed = (witness.Enabled ? witness.WriteHead(head.Sequence, head.Hash) : scope.Get<HeadSigner>().Sign(SignedHead.HeadKind, head.Sequence, head.Hash, scope.Get<IClock>().UtcNow))
            with
        { PublicKey = witness.PublicKey };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(signed, Indented) + "\n", ct);

        var console = Terminal.For(parseResult);
        console.MarkupLine(L.Markup["[green]Signed head[/] at event {0} (hash {1}…) written to {2}.", head.Sequence, head.Hash[..12], output]);
        console.MarkupLine(L.Markup["Ed25519 public key: {0}", witness.PublicKey]);
        return ExitCodes.Success;
    }
}
