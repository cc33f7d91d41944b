using System.Globalization;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Backup;

/// <summary>What a backup holds: provider, when, the audit chain head and the row count of every table, to compare after a restore.</summary>
public sealed record BackupManifest(string Provider, DateTimeOffset CreatedAt, long AuditHeadSequence, string AuditHeadHash, SortedDictionary<string, long> RowCounts)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<SortedDictionary<string, long>> CountRowsAsync(OfframpDbContext db, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table!] = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>Tables whose counts differ, as "table: expected → actual".</summary>
    public IReadOnlyList<string> Differences(IReadOnlyDictionary<string, long> actual) =>
        [.. RowCounts.Where(c => actual.GetValueOrDefault(c.Key, -1) != c.Value).Select(c => L["{0}: {1} in the backup, {2} restored", c.Key, c.Value, actual.GetValueOrDefault(c.Key, -1)])];
}
