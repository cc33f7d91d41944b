using System.CommandLine;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Admin;

/// <summary>Bootstrapping a real deployment: the first organisation, its programs, the first admin account and their roles.</summary>
public static class AdminCommand
{
    public static Command Create() => new("admin", L["Create organisations, programs and accounts, and grant roles (bootstraps a deployment)."])
    {
        CreateOrgCommand.Create(),
        CreateProgramCommand.Create(),
        CreateUserCommand.Create(),
        GrantRoleCommand.Create(),
    };
}
