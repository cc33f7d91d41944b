using System.CommandLine;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Admin;
using Offramp.Cli.Infrastructure;
using Offramp.Core.Assessments.Instruments;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Instruments;

/// <summary>`offramp instruments list --org O`: every version with its status, domains and items.</summary>
public static class ListInstrumentsCommand
{
    public static Command Create()
    {
        var organisation = InstrumentsCommand.OrganisationOption();
        var command = new Command("list", L["List the organisation's instruments and versions."]) { organisation };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetRequiredValue(organisation), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string organisationName, CancellationToken ct)
    {
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        var db = scope.Db();
        await DatabaseReadiness.EnsureMigratedAsync(db, ct);
        var organisation = await Lookups.OrganisationAsync(db, organisationName, ct);
        var versions = await db.Set<InstrumentVersion>().AsNoTracking().Where(v => v.OrganisationId == organisation.Id).ToListAsync(ct);
        var console = Terminal.For(parseResult);
        if (versions.Count == 0)
        {
            console.MarkupLine(L.Markup["'{0}' has no instruments yet: import one with `offramp instruments import FILE --org \"{0}\"`.", organisation.Name]);
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns(L["Name"], L["Version"], L["Status"], L["Domains"], L["Items"], L["Certification"]);
        foreach (var v in versions.OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.ImportedAt))
        {
            var definition = v.Parsed();
            table.AddRow(Markup.Escape(v.Name), Markup.Escape(v.Label), v.Status.ToString(), definition.Domains.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                definition.Items.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), definition.RequiresCertification ? L["required"] : "-");
        }

        console.Write(table);
        return ExitCodes.Success;
    }
}
