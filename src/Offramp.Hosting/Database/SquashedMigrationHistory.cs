using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Hosting.Database;

/// <summary>
/// The migrations were squashed into one Initial per provider on 2026-12-06 (see docs/upgrading.md). A database made
/// before then lists the old chain in its migration history, and its schema is the squashed Initial's: the history is
/// rewritten to the one new id in a transaction, so nothing runs twice. A database that stopped partway through the
/// old chain is refused: its schema is not the Initial's, and guessing would corrupt it.
/// </summary>
public static class SquashedMigrationHistory
{
    /// <summary>The last migration of the old chain, per provider: a database carrying it has the squashed schema.</summary>
    public static string LastBeforeSquash(OfframpDbContext db) =>
        db.IsPostgres ? "20261206200240_MetricNameTranslations" : "20261206200217_MetricNameTranslations";

    public static async Task RebaseAsync(OfframpDbContext db, CancellationToken ct = default)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var initial = db.Database.GetMigrations().First();
        if (applied.Count == 0 || applied.Contains(initial))
        {
            return;
        }

        var last = LastBeforeSquash(db);
        if (!applied.Contains(last))
        {
            throw new PartlyMigratedDatabaseException(
                $"this database stopped partway through the migrations made before they were squashed (its last is {applied[^1]}). Upgrade it with an Offramp from before 2026-12-06 first, then start this one.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("""UPDATE "__EFMigrationsHistory" SET "MigrationId" = {0} WHERE "MigrationId" = {1}""", [initial, last], ct);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" <> {0}""", [initial], ct);
        await transaction.CommitAsync(ct);
    }
}

/// <summary>A database whose old migration history stops before the squash point: it must be upgraded by an older Offramp first.</summary>
public sealed class PartlyMigratedDatabaseException(string message) : InvalidOperationException(message);
