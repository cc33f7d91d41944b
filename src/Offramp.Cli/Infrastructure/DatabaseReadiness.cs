using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Cli.Infrastructure;

/// <summary>Commands other than `db migrate` and `demo seed` refuse an unmigrated database instead of failing on a missing table.</summary>
public static class DatabaseReadiness
{
    public static async Task EnsureMigratedAsync(OfframpDbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            throw new CliException(
                $"the database is missing {pending.Count} migration(s): run `offramp db migrate` first.",
                ExitCodes.DatabaseUnavailable);
        }
    }
}
