using System.CommandLine;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Common;
using Offramp.Core.Organisations.Admin;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Admin;

/// <summary>`offramp admin create-org --name N [--jurisdiction J]`: a new organisation, by the same use case and rules as everywhere.</summary>
public static class CreateOrgCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = L["The organisation's name (unique)."], Required = true };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = L["Country or jurisdiction whose disclosure and retention laws apply."] };
        var command = new Command("create-org", L["Create an organisation."]) { name, jurisdiction };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetRequiredValue(name), parseResult.GetValue(jurisdiction), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string name, string? jurisdiction, CancellationToken ct)
    {
        await using var cli = CliServices.Build();
        // The creation event belongs to the new organisation's own trail, so its auditor sees how it began.
        var organisationId = Guid.CreateVersion7();
        await using var scope = cli.Scope(new SystemActor(organisationId));
        await DatabaseReadiness.EnsureMigratedAsync(scope.Db(), ct);
        var organisation = await scope.Get<CreateOrganisation>().ForOperatorAsync(organisationId, new OrganisationCommand { Name = name, Jurisdiction = jurisdiction }, ct);
        Terminal.For(parseResult).MarkupLine(L.Markup["[green]Created organisation[/] '{0}' ({1}).", organisation.Name, organisation.Id]);
        return ExitCodes.Success;
    }
}
