using System.Data.Common;
using System.Runtime.CompilerServices;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Offramp.Hosting.Database;

/// <summary>
/// WAL lets readers work while one writer commits; synchronous=FULL makes a commit durable on power loss
/// (case records must not vanish); busy_timeout lets writers queue instead of failing. mmap_size chooses how pages are
/// read (see <see cref="SqliteReads"/>).
/// These settings belong to SQLite's connection handle, which Microsoft.Data.Sqlite pools and hands out again on
/// the next open: EF opens a connection for every query, so they are set once per handle, not on every open (a page
/// of 20 queries parsed and ran 80 PRAGMAs).
/// </summary>
internal sealed class SqlitePragmas(SqliteReads reads) : DbConnectionInterceptor
{
    /// <summary>SQLite's own ceiling for a memory map on 64-bit Linux (SQLITE_MAX_MMAP_SIZE); a larger request is cut to it.</summary>
    internal const long MemoryMapBytes = 0x7fff0000;

    /// <summary>
    /// The settings each handle was given. Pooled handles are shared by every context with the same connection
    /// string, so a handle set for the other kind of reads is set again. An entry goes when its handle is collected,
    /// so a new handle is never mistaken for one.
    /// </summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, string> Configured = [];

    private readonly string pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=15000; "
        + $"PRAGMA mmap_size={(reads == SqliteReads.MemoryMapped ? MemoryMapBytes : 0)};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSetting(connection) is { } handle)
        {
            using var command = Command(connection);
            command.ExecuteNonQuery();
            Configured.AddOrUpdate(handle, pragmas);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsSetting(connection) is { } handle)
        {
            await using var command = Command(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            Configured.AddOrUpdate(handle, pragmas);
        }
    }

    /// <summary>The handle when it lacks these settings; null when it has them or is not a SQLite handle.</summary>
    private SQLitePCL.sqlite3? NeedsSetting(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        return handle is null || (Configured.TryGetValue(handle, out var set) && set == pragmas) ? null : handle;
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = pragmas;
        return command;
    }
}
