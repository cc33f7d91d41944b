using System.Data.Common;
using System.Runtime.CompilerServices;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Offramp.Hosting.Database;

/// <summary>
/// WAL lets readers work while one writer commits; synchronous=FULL makes a commit durable on power loss
/// (case records must not vanish); busy_timeout lets writers queue instead of failing.
/// These settings belong to SQLite's connection handle, which Microsoft.Data.Sqlite pools and hands out again on
/// the next open: EF opens a connection for every query, so they are set once per handle, not on every open (a page
/// of 20 queries parsed and ran 80 PRAGMAs).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=15000;";

    /// <summary>Handles already set up; an entry goes when its handle is collected, so a new handle is never mistaken for one.</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (AlreadySet(connection, out var handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (AlreadySet(connection, out var handle))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    private static bool AlreadySet(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is not null && Configured.TryGetValue(handle, out _);
    }

    private static void Remember(object? handle)
    {
        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, Done);
        }
    }
}
