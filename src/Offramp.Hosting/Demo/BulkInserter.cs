using System.Data.Common;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

using Offramp.Core.Data;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Inserts new rows of one entity type through a single prepared INSERT, inside the context's current transaction.
/// Change tracking costs tens of microseconds per entity, which made 100,000 demo participants (1.9 million rows)
/// take minutes; this does not track anything. Table, columns and value conversions come from the EF model, so the
/// rows are stored exactly as EF would store them, on SQLite and on PostgreSQL.
/// </summary>
internal sealed class BulkInserter(OfframpDbContext db)
{
    public async Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !IsDatabaseGenerated(p))
            .Select(p => (Property: p, Name: p.GetColumnName(table)))
            .Where(c => c.Name is not null)
            .ToList();
        if (columns.Any(c => c.Property.IsShadowProperty()))
        {
            // A shadow property has no CLR value to read; EF would fill it from navigations we do not follow here.
            throw new InvalidOperationException($"{typeof(T).Name} has shadow properties; insert it through the change tracker.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var names = columns.Select((_, i) => sql.GenerateParameterName($"p{i}")).ToList();
        var mappings = columns.Select(c => c.Property.GetRelationalTypeMapping()).ToList();
        var getters = columns.Select(c => c.Property.GetGetter()).ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction, with the audit event that records them.");
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name!)))}) " +
            $"VALUES ({string.Join(", ", names)})";

        DbParameter[]? parameters = null;
        foreach (var row in rows)
        {
            if (parameters is null)
            {
                // The type mapping creates each parameter with the provider's type settings (e.g. Guid as TEXT on SQLite).
                parameters = [.. columns.Select((c, i) => mappings[i].CreateParameter(command, names[i], getters[i].GetClrValue(row), c.Property.IsNullable))];
                command.Parameters.AddRange(parameters);
                await command.PrepareAsync(ct);
            }
            else
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = ToProvider(mappings[i], getters[i].GetClrValue(row));
                }
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Integer keys are numbered by the database (identity / rowid); Guid keys are set by the entity itself.</summary>
    private static bool IsDatabaseGenerated(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && (property.ClrType == typeof(long) || property.ClrType == typeof(int));

    private static object ToProvider(RelationalTypeMapping mapping, object? value) =>
        (value is null ? null : mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
}
