using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

using static Offramp.Cli.Languages.CliText;

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
                L["the database is missing {0} migration(s): run `offramp db migrate` first.", pending.Count],
                ExitCodes.DatabaseUnavailable);
        }
    }
}
