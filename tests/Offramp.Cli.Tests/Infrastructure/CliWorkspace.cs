using System.Data.Common;
using System.Diagnostics;

using Microsoft.Data.Sqlite;

using Npgsql;

using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Infrastructure;

/// <summary>
/// A fresh database (SQLite file or PostgreSQL database) and key ring in a temporary folder, and a way to run
/// `offramp` against it and to look at (or tamper with) its tables directly.
/// </summary>
public sealed class CliWorkspace : IAsyncDisposable
{
    private CliWorkspace(DatabaseProviderKind provider, string folder, string connectionString)
    {
        Provider = provider;
        Folder = folder;
        ConnectionString = connectionString;
    }

    public DatabaseProviderKind Provider { get; }

    public string Folder { get; }

    public string ConnectionString { get; }

    public static async Task<CliWorkspace> CreateAsync(DatabaseProviderKind provider, string? connectionSuffix = null)
    {
        var folder = TestDatabase.NewTempFolder();
        var connectionString = await TestDatabase.CreateAsync(provider, folder);
        return new CliWorkspace(provider, folder, connectionString + connectionSuffix);
    }

    /// <summary>A workspace pointed at a given connection string (e.g. a server that is not there).</summary>
    public static CliWorkspace ForConnectionString(DatabaseProviderKind provider, string connectionString) =>
        new(provider, TestDatabase.NewTempFolder(), connectionString);

    /// <summary>An already migrated workspace, for tests about what comes after `db migrate`.</summary>
    public static async Task<CliWorkspace> MigratedAsync(DatabaseProviderKind provider)
    {
        var workspace = await CreateAsync(provider);
        (await workspace.RunAsync("db", "migrate")).ShouldSucceed();
        return workspace;
    }

    public async Task<CliResult> RunAsync(params string[] args) => await RunWithInputAsync(null, args);

    public Task<CliResult> RunWithInputAsync(string? standardInput, params string[] args) =>
        CliProcess.RunAsync(Folder, ConnectionString, Path.Combine(Folder, "keys"), standardInput, args);

    /// <summary>Runs with the given language variables (e.g. LANG=fr_FR.UTF-8) set, and none other.</summary>
    public Task<CliResult> RunInAsync(Dictionary<string, string> language, params string[] args) =>
        CliProcess.RunAsync(Folder, ConnectionString, Path.Combine(Folder, "keys"), null, args, language);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // Let SQLite release the file before the folder goes.
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private DbConnection Open() => Provider == DatabaseProviderKind.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);
}
