using System.CommandLine;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Database;

public static class DbCommand
{
    public static Command Create() => new("db", L["Database schema: apply migrations."])
    {
        MigrateCommand.Create(),
    };
}
