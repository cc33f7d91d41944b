using System.CommandLine;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Organisations;

using Spectre.Console;

namespace Offramp.Cli.Admin;

/// <summary>`offramp admin create-org --name N [--jurisdiction J]`: a new organisation; names are unique.</summary>
public static class CreateOrgCommand
{
    private const int MaxNameLength = 200;

    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The organisation's name (unique).", Required = true };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "Country or jurisdiction whose disclosure and retention laws apply." };
        var command = new Command("create-org", "Create an organisation.") { name, jurisdiction };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetRequiredValue(name), parseResult.GetValue(jurisdiction), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string name, string? jurisdiction, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new CliException($"give the organisation a name of 1 to {MaxNameLength} characters.");
        }

        if (jurisdiction?.Trim().Length > 100)
        {
            throw new CliException("the jurisdiction has at most 100 characters.");
        }

        await using var cli = CliServices.Build();
        var organisation = new Organisation { Name = name, Jurisdiction = string.IsNullOrWhiteSpace(jurisdiction) ? null : jurisdiction.Trim() };
        // The creation event belongs to the new organisation's own trail, so its auditor sees how it began.
        await using var scope = cli.Scope(new SystemActor(organisation.Id));
        var db = scope.Db();
        await DatabaseReadiness.EnsureMigratedAsync(db, ct);
        if (await db.Organisations.AnyAsync(o => o.Name == name, ct))
        {
            throw new CliException($"an organisation named '{name}' already exists.");
        }

        db.Organisations.Add(organisation);
        db.Audit.Record(AuditActions.Create, AuditEntities.Organisation, organisation.Id);
        await db.SaveChangesAsync(ct);
        Terminal.For(parseResult).MarkupLineInterpolated($"[green]Created organisation[/] '{name}' ({organisation.Id}).");
        return ExitCodes.Success;
    }
}
