using System.CommandLine;

using Offramp.Cli.Admin;
using Offramp.Cli.Infrastructure;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

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
        var file = new Argument<FileInfo>("FILE") { Description = L["The instrument file (JSON)."] };
        var organisation = InstrumentsCommand.OrganisationOption();
        var publish = new Option<bool>("--publish") { Description = L["Publish the version right away: it can then be rated and never changes."] };
        var command = new Command("import", L["Import an instrument file as a draft version (or publish it with --publish)."]) { file, organisation, publish };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(organisation), parseResult.GetValue(publish), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, FileInfo file, string organisationName, bool publish, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new CliException(L["no file at {0}.", file.FullName]);
        }

        if (file.Length > MaxFileBytes)
        {
            throw new CliException(L["{0} is larger than 1 MB: that is not an instrument definition.", file.Name]);
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
        console.MarkupLine(publish
            ? L.Markup["[green]Imported[/] '{0}' version {1} as published ({2}).", version.Name, version.Label, version.Id]
            : L.Markup["[green]Imported[/] '{0}' version {1} as draft ({2}).", version.Name, version.Label, version.Id]);
        return ExitCodes.Success;
    }
}
