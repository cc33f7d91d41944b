using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Data;
using Offramp.Core.Participants.Search;

namespace Offramp.Hosting.Database;

public static class DatabaseMigrator
{
    /// <summary>Rebases a history from before the squash, applies pending migrations of the configured provider, then fills indexes added since (idempotent, safe at every start).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        await SquashedMigrationHistory.RebaseAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres)
        {
            // SQLite plans by statistics that only ANALYZE collects; without them it scans a whole organisation's
            // participants for a caseworker's twenty. 0x10002: analyse every table whose statistics are missing or stale.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002", ct);
        }

        await WordIndexBackfill.RunAsync(services, ct);
    }
}
