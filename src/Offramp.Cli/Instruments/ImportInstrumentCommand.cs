using System.CommandLine;

using Offramp.Cli.Admin;
using Offramp.Cli.Infrastructure;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;

using Spectre.Console;

namespace Offramp.Cli.Instruments;

/// <summary>
/// `offramp instruments import FILE --org O [--publish]`: a draft version from a JSON file (a draft of the same version
/// is replaced; a published one is refused). A schema error names the JSON path and the problem, and changes nothing.
/// </summary>
public static class ImportInstrumentCommand
{
    private const long MaxFileBytes = 1_000_000;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The instrument file (JSON)." };
        var organisation = InstrumentsCommand.OrganisationOption();
        var publish = new Option<bool>("--publish") { Description = "Publish the version right away: it can then be rated and never changes." };
        var command = new Command("import", "Import an instrument file as a draft version (or publish it with --publish).") { file, organisation, publish };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(organisation), parseResult.GetValue(publish), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, FileInfo file, string organisationName, bool publish, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new CliException($"no file at {file.FullName}.");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new CliException($"{file.Name} is larger than 1 MB: that is not an instrument definition.");
        }

        var json = await File.ReadAllTextAsync(file.FullName, ct);
        await using var cli = CliServices.Build();
        Guid organisationId;
        await using (var lookup = cli.Scope())
        {
            await DatabaseReadiness.EnsureMigratedAsync(lookup.Db(), ct);
            organisationId = (await Lookups.OrganisationAsync(lookup.Db(), organisationName, ct)).Id;
        }

        await using var scope = cli.Scope(new SystemActor(organisationId));
        var db = scope.Db();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var version = await scope.Get<ImportInstrument>().ImportAsync(organisationId, json, ct);
        if (publish)
        {
            await scope.Get<PublishInstrument>().PublishAsync(organisationId, version.Name, version.Label, ct);
        }

        await transaction.CommitAsync(ct);
        var console = Terminal.For(parseResult);
        console.MarkupLineInterpolated($"[green]Imported[/] '{version.Name}' version {version.Label} as {(publish ? "published" : "draft")} ({version.Id}).");
        return ExitCodes.Success;
    }
}
