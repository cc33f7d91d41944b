using System.CommandLine;

using Microsoft.AspNetCore.Identity;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Organisations.Admin;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Admin;

/// <summary>
/// `offramp admin grant-role --email E --role R [--program P]`: program roles need a program of the account's
/// organisation; OrganisationAdmin and Auditor are organisation-wide. This is the bootstrap path (the first admin, a
/// program's first director): it runs with database access, where no second person can be asked, so it grants directly
/// instead of opening a request, and needs no step-up. It keeps every other rule of the admin screens (an admin or
/// auditor never holds a program role) and is audited as `role-granted` with origin `cli`.
/// </summary>
public static class GrantRoleCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = L["Email address of the account."], Required = true };
        var role = new Option<Role>("--role")
        {
            Description = L["One of: {0}.", EnumValues.Choices<Role>()],
            Required = true,
            CustomParser = r => EnumValues.ParseOne<Role>(r, L["role"]),
        };
        var program = new Option<string?>("--program") { Description = L["Program name; required for every role except OrganisationAdmin and Auditor."] };
        var command = new Command("grant-role", L["Grant a role to an account, in a program or organisation-wide."]) { email, role, program };
        command.SetAction((parseResult, ct) => RunAsync(
            parseResult, parseResult.GetRequiredValue(email), parseResult.GetValue(role), parseResult.GetValue(program), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string email, Role role, string? programName, CancellationToken ct)
    {
        var organisationWide = RoleFacts.IsOrganisationWide(role);
        if (organisationWide && programName is not null)
        {
            throw new CliException(L["{0} is held for the whole organisation: leave out --program.", role]);
        }

        if (!organisationWide && string.IsNullOrWhiteSpace(programName))
        {
            throw new CliException(L["{0} is held per program: add --program NAME.", role]);
        }

        await using var cli = CliServices.Build();
        AppUser user;
        Guid? programId = null;
        await using (var lookup = cli.Scope())
        {
            await DatabaseReadiness.EnsureMigratedAsync(lookup.Db(), ct);
            user = await lookup.Get<UserManager<AppUser>>().FindByEmailAsync(email.Trim())
                ?? throw new CliException(L["no account has that email address. Create it with `offramp admin create-user`."]);
            if (programName is not null)
            {
                programId = (await Lookups.ProgramAsync(lookup.Db(), user.OrganisationId, programName, ct)).Id;
            }
        }

        await using var scope = cli.Scope(new SystemActor(user.OrganisationId));
        var db = scope.Db();
        var assignment = await RoleGranting.GrantAsync(db, user.OrganisationId, user.Id, role, programId, ct);
        await db.SaveChangesAsync(ct);
        Terminal.For(parseResult).MarkupLine(programName is null
            ? L.Markup["[green]Granted[/] {0} organisation-wide to account {1} (assignment {2}).", role, user.Id, assignment.Id]
            : L.Markup["[green]Granted[/] {0} in program '{1}' to account {2} (assignment {3}).", role, programName.Trim(), user.Id, assignment.Id]);
        return ExitCodes.Success;
    }
}
