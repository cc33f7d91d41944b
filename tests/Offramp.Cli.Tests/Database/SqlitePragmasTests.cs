using System.Data.Common;
using System.Globalization;

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

    /// <summary>
    /// The web app maps the file (each audit commit would otherwise send every other pooled connection back to the OS for
    /// every page it reads); the CLI does not (a report's scan would count the mapped file in its peak memory). Both
    /// share the pool when they share a connection string, so a handle set for one kind of reads is set again for the other.
    /// </summary>
    [Fact]
    public async Task Each_context_reads_the_file_as_it_asked_also_on_a_handle_the_other_kind_set()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "reads.db")}");
        foreach (var reads in new[] { SqliteReads.MemoryMapped, SqliteReads.Buffered, SqliteReads.MemoryMapped, SqliteReads.Buffered })
        {
            await using var context = Context(settings, reads);
            await context.Database.OpenConnectionAsync();
            var mapped = long.Parse(await PragmaAsync(context.Database.GetDbConnection(), "mmap_size") ?? "", CultureInfo.InvariantCulture);
            if (reads == SqliteReads.MemoryMapped)
            {
                Assert.True(mapped > 0, "the web app's connections map the file");
            }
            else
            {
                Assert.Equal(0, mapped);
            }

            Assert.Equal("wal", await PragmaAsync(context.Database.GetDbConnection(), "journal_mode"));
            await context.Database.CloseConnectionAsync();
        }
    }

    private static OfframpDbContext Context(DatabaseSettings settings, SqliteReads reads = SqliteReads.Buffered)
    {
        var options = new DbContextOptionsBuilder<OfframpDbContext>();
        DbContextSetup.Configure(options, settings, reads: reads);
        return DesignTimeContext.Create(options.Options);
    }

    private static async Task<string?> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
