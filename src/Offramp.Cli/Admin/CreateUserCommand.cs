using System.CommandLine;

using Microsoft.AspNetCore.Identity;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Admin;

/// <summary>
/// `offramp admin create-user --org O --email E --name "Display" [--password-stdin]`: the account goes through the
/// same UserCreation rules and audit event as the admin screens. MFA is enrolled at the first sign-in.
/// </summary>
public static class CreateUserCommand
{
    public static Command Create()
    {
        var org = new Option<string>("--org") { Description = L["Name of the account's organisation."], Required = true };
        var email = new Option<string>("--email") { Description = L["Email address, also the sign-in name."], Required = true };
        var name = new Option<string>("--name") { Description = L["Display name shown to colleagues."], Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = L["Read the password from the first line of standard input instead of prompting."] };
        var command = new Command("create-user", L["Create an account in an organisation (then grant it a role with grant-role)."])
        {
            org, email, name, passwordStdin,
        };
        command.SetAction((parseResult, ct) => RunAsync(
            parseResult,
            parseResult.GetRequiredValue(org),
            parseResult.GetRequiredValue(email),
            parseResult.GetRequiredValue(name),
            parseResult.GetValue(passwordStdin),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string orgName, string email, string displayName, bool passwordStdin, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        Organisation organisation;
        await using (var lookup = cli.Scope())
        {
            await DatabaseReadiness.EnsureMigratedAsync(lookup.Db(), ct);
            organisation = await Lookups.OrganisationAsync(lookup.Db(), orgName, ct);
        }

        // Asked only once the organisation is known to exist, so nobody types a password for nothing.
        var password = PasswordInput.Read(passwordStdin, console);
        await using var scope = cli.Scope(new SystemActor(organisation.Id));
        var user = await UserCreation.CreateAsync(scope.Db(), scope.Get<UserManager<AppUser>>(), organisation.Id, email, displayName, password);
        // The account id only: names and addresses stay out of terminal logs.
        console.MarkupLine(L.Markup["[green]Created account[/] {0} in '{1}'.", user.Id, organisation.Name]);
        console.MarkupLine(L["Next: [bold]offramp admin grant-role --email ... --role ...[/]; the user enrols an authenticator app at first sign-in."]);
        return ExitCodes.Success;
    }
}
