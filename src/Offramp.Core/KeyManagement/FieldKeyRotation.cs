using System.Data.Common;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Security;

namespace Offramp.Core.KeyManagement;

/// <summary>
/// Rotates the field-encryption key: adds a new data key (unless a rotation is already under way), re-seals every
/// sealed value whose key id (<see cref="FieldCipher.KeyIdOf"/>) is not the active one, batch by batch, each batch in
/// its own transaction, then retires older keys once no value uses them. Interrupted, it resumes: the scan simply finds
/// the values still under an old key. Old keys stay in the ring (retired, not deleted) so nothing ever becomes unreadable.
/// </summary>
public sealed class FieldKeyRotation(OfframpDbContext db, KeyRing keys, FieldCipher cipher, IDataProtectionProvider protection, IClock clock)
{
    /// <summary>The protector purpose of <see cref="KeyRing"/>: the new key must be wrapped exactly as the ring unwraps it.</summary>
    private const string KeyRingPurpose = "Offramp.KeyRing.v1";

    public async Task<KeyRotationResult> RunAsync(int batchSize, IProgress<KeyRotationProgress>? progress = null, CancellationToken ct = default)
    {
        batchSize = Math.Clamp(batchSize, 1, 50_000);
        var (activeId, resumed) = await EnsureNewKeyAsync(ct);
        var columns = SealedColumn.Of(db);
        var tables = columns.GroupBy(c => (c.Table, c.KeyColumn)).ToList();
        long total = 0;
        foreach (var table in tables)
        {
            total += await CountAsync(table.Key.Table, ct);
        }

        long scanned = 0, resealed = 0;
        foreach (var table in tables)
        {
            object? after = null;
            while (true)
            {
                var batch = await ReadBatchAsync(table.Key.Table, table.Key.KeyColumn, [.. table], after, batchSize, ct);
                if (batch.Count == 0)
                {
                    break;
                }

                resealed += await ResealAsync(table.Key.Table, table.Key.KeyColumn, [.. table], batch, activeId, ct);
                scanned += batch.Count;
                after = batch[^1].Key;
                progress?.Report(new KeyRotationProgress(scanned, total, resealed, table.Key.Table));
            }
        }

        var retired = await RetireUnusedAsync(activeId, columns, ct);
        db.Audit.Record(AuditActions.KeyRotation, AuditEntities.Key, null, null, $"active field key {activeId}{(resumed ? " (resumed)" : "")}; {resealed} values re-sealed; retired [{string.Join(',', retired)}]");
        await db.SaveChangesAsync(ct);
        return new KeyRotationResult(activeId, resumed, scanned, resealed, retired);
    }

    /// <summary>A new active key, unless an earlier rotation left old keys un-retired: then it carries on with the newest.</summary>
    private async Task<(int ActiveId, bool Resumed)> EnsureNewKeyAsync(CancellationToken ct)
    {
        var field = await db.ProtectedKeys.AsNoTracking().Where(k => k.Purpose == KeyPurpose.FieldEncryption && k.RetiredAt == null).OrderBy(k => k.Id).ToListAsync(ct);
        if (field.Count > 1)
        {
            keys.Reload();
            return (field[^1].Id, true);
        }

        var protector = protection.CreateProtector(KeyRingPurpose);
        var key = new ProtectedKey
        {
            Purpose = KeyPurpose.FieldEncryption,
            WrappedMaterial = protector.Protect(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            CreatedAt = clock.UtcNow,
        };
        db.ProtectedKeys.Add(key);
        db.Audit.Record(AuditActions.KeyRotation, AuditEntities.Key, null, null, "new field key added");
        await db.SaveChangesAsync(ct);
        keys.Reload();
        return (key.Id, false);
    }

    private async Task<long> CountAsync(string table, CancellationToken ct)
    {
        await using var command = await CommandAsync($"SELECT COUNT(*) FROM \"{table}\"", ct);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<SealedRow>> ReadBatchAsync(string table, string keyColumn, SealedColumn[] columns, object? after, int size, CancellationToken ct)
    {
        var select = string.Join(", ", columns.Select(c => $"\"{c.Column}\""));
        await using var command = await CommandAsync(
            $"SELECT \"{keyColumn}\", {select} FROM \"{table}\"{(after is null ? "" : $" WHERE \"{keyColumn}\" > @after")} ORDER BY \"{keyColumn}\" LIMIT {size}", ct);
        if (after is not null)
        {
            AddParameter(command, "after", after);
        }

        var rows = new List<SealedRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = new byte[]?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                values[i] = reader.IsDBNull(i + 1) ? null : (byte[])reader.GetValue(i + 1);
            }

            rows.Add(new SealedRow(reader.GetValue(0), values));
        }

        return rows;
    }

    private async Task<int> ResealAsync(string table, string keyColumn, SealedColumn[] columns, List<SealedRow> batch, int activeId, CancellationToken ct)
    {
        var count = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in batch)
        {
            var recordId = row.Key is Guid g ? g : Guid.Parse(Convert.ToString(row.Key, System.Globalization.CultureInfo.InvariantCulture)!);
            for (var i = 0; i < columns.Length; i++)
            {
                if (row.Values[i] is not { Length: > 0 } sealedValue || FieldCipher.KeyIdOf(sealedValue) == activeId)
                {
                    continue;
                }

                var resealed = cipher.Seal(cipher.Open(sealedValue, recordId, columns[i].Field), recordId, columns[i].Field);
                await using var update = await CommandAsync($"UPDATE \"{table}\" SET \"{columns[i].Column}\" = @value WHERE \"{keyColumn}\" = @key", ct);
                AddParameter(update, "value", resealed!);
                AddParameter(update, "key", row.Key);
                await update.ExecuteNonQueryAsync(ct);
                count++;
            }
        }

        await tx.CommitAsync(ct);
        return count;
    }

    /// <summary>Retires every older field key that no sealed value uses any more (checked by a full scan of key ids).</summary>
    private async Task<List<int>> RetireUnusedAsync(int activeId, IReadOnlyList<SealedColumn> columns, CancellationToken ct)
    {
        var inUse = new HashSet<int>();
        foreach (var column in columns)
        {
            await using var command = await CommandAsync($"SELECT \"{column.Column}\" FROM \"{column.Table}\" WHERE \"{column.Column}\" IS NOT NULL", ct);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var value = (byte[])reader.GetValue(0);
                if (value.Length > 5)
                {
                    inUse.Add(FieldCipher.KeyIdOf(value));
                }
            }
        }

        var old = await db.ProtectedKeys.Where(k => k.Purpose == KeyPurpose.FieldEncryption && k.RetiredAt == null && k.Id != activeId).ToListAsync(ct);
        var retired = new List<int>();
        foreach (var key in old.Where(k => !inUse.Contains(k.Id)))
        {
            key.RetiredAt = clock.UtcNow;
            retired.Add(key.Id);
        }

        return retired;
    }

    private async Task<DbCommand> CommandAsync(string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed record SealedRow(object Key, byte[]?[] Values);
}

public sealed record KeyRotationProgress(long Scanned, long Total, long Resealed, string Table);

public sealed record KeyRotationResult(int ActiveKeyId, bool Resumed, long Scanned, long Resealed, IReadOnlyList<int> RetiredKeyIds);
