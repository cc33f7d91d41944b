using System.Data.Common;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Cli.Demo;

/// <summary>
/// Counts the rows of every table in the model, so rows/s covers everything a seed writes (participants, their
/// history, follow-ups, audit events) and stays honest as features add tables.
/// </summary>
public static class SeedRowCount
{
    public static async Task<long> CountAsync(OfframpDbContext db, CancellationToken ct)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null && t.FindOwnership() is null)
            .Select(t => (Name: t.GetTableName()!, Schema: t.GetSchema()))
            .Distinct()
            .ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            long total = 0;
            foreach (var (name, schema) in tables)
            {
                total += await CountTableAsync(connection, schema is null ? Quote(name) : $"{Quote(schema)}.{Quote(name)}", ct);
            }

            return total;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> CountTableAsync(DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
