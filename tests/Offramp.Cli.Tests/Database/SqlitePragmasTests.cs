using System.Data.Common;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Hosting.Database;

namespace Offramp.Cli.Tests.Database;

/// <summary>
/// The SQLite settings that keep case records durable and writers queued (WAL, synchronous=FULL, foreign keys,
/// busy timeout) are set once per pooled connection handle, not on every open. Every connection a context opens must
/// still have them: the first open of a handle, the same handle handed out again by the pool, and a new handle after
/// the pool was emptied (as a restore does). Which handle the pool hands out is not asserted: other tests in this
/// process empty the pool too (backups, restores).
/// </summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("offramp-pragmas-").FullName;

    [Fact]
    public async Task Every_opened_connection_has_the_durability_and_queueing_settings()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "pragmas.db")}");
        for (var open = 0; open < 3; open++)
        {
            if (open == 2)
            {
                SqliteConnection.ClearAllPools();
            }

            await using var context = Context(settings);
            await context.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)context.Database.GetDbConnection();
            Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
            Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
            Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
            Assert.Equal("15000", await PragmaAsync(connection, "busy_timeout"));
            await context.Database.CloseConnectionAsync();
        }
    }

    private static OfframpDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<OfframpDbContext>();
        DbContextSetup.Configure(options, settings);
        return DesignTimeContext.Create(options.Options);
    }

    private static async Task<string?> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
