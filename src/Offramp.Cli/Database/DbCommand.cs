using System.CommandLine;

namespace Offramp.Cli.Database;

public static class DbCommand
{
    public static Command Create() => new("db", "Database schema: apply migrations.")
    {
        MigrateCommand.Create(),
    };
}
