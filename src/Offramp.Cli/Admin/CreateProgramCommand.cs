using System.CommandLine;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Admin;

/// <summary>`offramp admin create-program --org O --name N --kind K --aims A,B`: validated by the same ProgramCommand rules as the admin screens.</summary>
public static class CreateProgramCommand
{
    public static Command Create()
    {
        var org = new Option<string>("--org") { Description = L["Name of the organisation that runs the program."], Required = true };
        var name = new Option<string>("--name") { Description = L["The program's name (unique within the organisation)."], Required = true };
        var kind = new Option<ProgramKind>("--kind")
        {
            Description = L["One of: {0}.", EnumValues.Choices<ProgramKind>()],
            Required = true,
            CustomParser = r => EnumValues.ParseOne<ProgramKind>(r, L["program kind"]),
        };
        var aims = new Option<ProgramAims>("--aims")
        {
            Description = L["Comma-separated, any of: {0}.", EnumValues.Choices<ProgramAims>()],
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = r => EnumValues.ParseFlags<ProgramAims>(r, L["aim"]),
        };
        var description = new Option<string?>("--description") { Description = L["What the program does, in a sentence or two."] };
        var command = new Command("create-program", L["Create a program of an organisation."]) { org, name, kind, aims, description };
        command.SetAction((parseResult, ct) => RunAsync(
            parseResult,
            parseResult.GetRequiredValue(org),
            new ProgramCommand
            {
                Name = parseResult.GetRequiredValue(name).Trim(),
                Kind = parseResult.GetValue(kind),
                Aims = parseResult.GetValue(aims),
                Description = parseResult.GetValue(description)?.Trim(),
            },
            ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string orgName, ProgramCommand request, CancellationToken ct)
    {
        await using var cli = CliServices.Build();
        Organisation organisation;
        await using (var lookup = cli.Scope())
        {
            await DatabaseReadiness.EnsureMigratedAsync(lookup.Db(), ct);
            organisation = await Lookups.OrganisationAsync(lookup.Db(), orgName, ct);
        }

        await using var scope = cli.Scope(new SystemActor(organisation.Id));
        var programId = await scope.Get<ManagePrograms>().ForOperatorAsync(organisation.Id, request, ct);
        var program = await scope.Db().Programs.AsNoTracking().SingleAsync(p => p.Id == programId, ct);
        Terminal.For(parseResult).MarkupLine(
            L.Markup["[green]Created program[/] '{0}' ({1}; {2}) in '{3}' ({4}).", program.Name, program.Kind, program.Aims, organisation.Name, program.Id]);
        return ExitCodes.Success;
    }
}
