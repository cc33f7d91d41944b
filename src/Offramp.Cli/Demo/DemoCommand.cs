using System.CommandLine;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Demo;

/// <summary>Synthetic demo data and sign-in helpers. Everything here works on demo accounts only.</summary>
public static class DemoCommand
{
    public static Command Create() => new("demo", L["Synthetic demo data and sign-in helpers for the demo accounts."])
    {
        SeedCommand.Create(),
        TotpCommand.Create(),
        TokenCommand.Create(),
        HubCommand.Create(),
    };
}
