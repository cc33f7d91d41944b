using Microsoft.EntityFrameworkCore;

namespace Offramp.Hosting.Database;

/// <summary>Points a DbContext at the chosen provider and its own migrations assembly.</summary>
public static class DbContextSetup
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly("Offramp.Data.Postgres"));
                break;
            default:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly("Offramp.Data.Sqlite"));
                options.AddInterceptors(new SqlitePragmas());
                break;
        }
    }
}
