using System.CommandLine;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Admin;
using Offramp.Cli.Infrastructure;
using Offramp.Core.Assessments.Instruments;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Instruments;

/// <summary>`offramp instruments export NAME --version V --org O [--output FILE]`: the definition as JSON, re-importable as it is.</summary>
public static class ExportInstrumentCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = L["The instrument's name."] };
        var version = new Option<string>("--version") { Description = L["The version label (e.g. 1.0)."], Required = true };
        var organisation = InstrumentsCommand.OrganisationOption();
        var output = new Option<FileInfo?>("--output") { Description = L["Write to this file instead of standard output."] };
        var command = new Command("export", L["Write one instrument version as JSON."]) { name, version, organisation, output };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetRequiredValue(name), parseResult.GetRequiredValue(version),
            parseResult.GetRequiredValue(organisation), parseResult.GetValue(output), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string name, string label, string organisationName, FileInfo? output, CancellationToken ct)
    {
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        var db = scope.Db();
        await DatabaseReadiness.EnsureMigratedAsync(db, ct);
        var organisation = await Lookups.OrganisationAsync(db, organisationName, ct);
        var instrument = await db.Set<InstrumentVersion>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.OrganisationId == organisation.Id && v.Name == name.Trim() && v.Label == label.Trim(), ct)
            ?? throw new CliException(L["'{0}' has no instrument '{1}' version {2}: see `offramp instruments list --org \"{0}\"`.", organisation.Name, name.Trim(), label.Trim()]);
        var json = instrument.Definition + Environment.NewLine;
        if (output is null)
        {
            await parseResult.InvocationConfiguration.Output.WriteAsync(json);
        }
        else
        {
            await File.WriteAllTextAsync(output.FullName, json, ct);
        }

        return ExitCodes.Success;
    }
}
