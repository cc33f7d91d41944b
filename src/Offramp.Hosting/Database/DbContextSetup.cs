using Microsoft.EntityFrameworkCore;

using Offramp.Data.Sqlite.CompiledModel;

namespace Offramp.Hosting.Database;

/// <summary>Points a DbContext at the chosen provider and its own migrations assembly.</summary>
public static class DbContextSetup
{
    /// <param name="options">The context's options.</param>
    /// <param name="settings">Which provider and database.</param>
    /// <param name="compiledModel">
    /// On SQLite, use the model compiled ahead of time (src/Offramp.Data.Sqlite/CompiledModel, scripts/optimize-model.sh)
    /// instead of building it from the configurations: building it is most of a CLI command's start-up (about a second
    /// of CPU before the first query). Only for commands that never migrate: applying migrations compares the model
    /// with the migrations' snapshot, which needs the model built the usual way.
    /// </param>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings, bool compiledModel = false)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly("Offramp.Data.Postgres").UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            default:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly("Offramp.Data.Sqlite").UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                options.AddInterceptors(new SqlitePragmas());
                if (compiledModel)
                {
                    options.UseModel(OfframpDbContextModel.Instance);
                }

                break;
        }
    }
}
