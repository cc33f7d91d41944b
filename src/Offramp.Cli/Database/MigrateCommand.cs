using System.CommandLine;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Hosting.Database;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Database;

/// <summary>`offramp db migrate`: brings the configured database (SQLite or PostgreSQL) to the current schema. Safe to repeat.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", L["Apply pending migrations to the configured database (SQLite or PostgreSQL); safe to run again."]);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build(migrates: true);
        console.MarkupLine(L.Markup["Database: [bold]{0}[/]", ConnectionDisplay.Describe(cli.Database)]);

        List<string> pending;
        await using (var scope = cli.Scope())
        {
            // A history from before the squash is rebased first, so it reads as up to date rather than as the Initial applied.
            await SquashedMigrationHistory.RebaseAsync(scope.Db(), ct);
            pending = [.. await scope.Db().Database.GetPendingMigrationsAsync(ct)];
        }

        await DatabaseMigrator.MigrateAsync(cli.Root, ct);
        if (pending.Count == 0)
        {
            console.MarkupLine(L["[green]Already up to date.[/]"]);
        }
        else
        {
            console.MarkupLine(L.Markup["[green]Applied {0} migration(s):[/] {1}", pending.Count, string.Join(", ", pending)]);
        }

        return ExitCodes.Success;
    }
}
