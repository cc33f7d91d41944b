namespace Offramp.TestSupport;

/// <summary>Fresh, empty databases for tests that run the app or the CLI against their own data.</summary>
public static class TestDatabase
{
    /// <summary>
    /// A connection string for a new, empty database: for SQLite a file <c>offramp.db</c> in <paramref name="folder"/>
    /// (created if missing), for PostgreSQL a new database on <see cref="PostgresServer.Shared"/>.
    /// </summary>
    public static async Task<string> CreateAsync(DatabaseProviderKind provider, string folder, CancellationToken ct = default)
    {
        if (provider == DatabaseProviderKind.Postgres)
        {
            return await PostgresServer.Shared.CreateDatabaseAsync(ct);
        }

        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "offramp.db")};Pooling=True";
    }

    /// <summary>A new temporary folder under the system temp directory, for SQLite files and key rings.</summary>
    public static string NewTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "offramp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
