using System.Diagnostics;

using Microsoft.Data.Sqlite;

using Npgsql;

using Offramp.Hosting.Database;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Backup;

/// <summary>
/// A consistent copy of a live database: SQLite's VACUUM INTO (a transactionally consistent copy while the app runs),
/// PostgreSQL's pg_dump (one snapshot transaction); and the reverse for restore.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task TakeAsync(DatabaseSettings database, string file, CancellationToken ct, string? snapshot = null)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $file";
            command.Parameters.AddWithValue("$file", file);
            await command.ExecuteNonQueryAsync(ct);
            return;
        }

        string[] options = ["--format=custom", "--no-owner", "--no-privileges", $"--file={file}"];
        await RunPostgresToolAsync("pg_dump", database.ConnectionString, snapshot is null ? options : [.. options, $"--snapshot={snapshot}"], ct);
    }

    public static async Task RestoreAsync(DatabaseSettings database, string file, bool clean, CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var target = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
            {
                File.Delete(target + suffix);
            }

            File.Copy(file, target, overwrite: true);
            return;
        }

        string[] options = clean ? ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", file] : ["--no-owner", "--no-privileges", "--exit-on-error", file];
        await RunPostgresToolAsync("pg_restore", database.ConnectionString, options, ct);
    }

    private static async Task RunPostgresToolAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(FindTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add($"--host={builder.Host}");
        info.ArgumentList.Add($"--port={builder.Port}");
        info.ArgumentList.Add($"--username={builder.Username}");
        info.ArgumentList.Add($"--dbname={builder.Database}");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(builder.Password))
        {
            info.Environment["PGPASSWORD"] = builder.Password;
        }

        using var process = Process.Start(info) ?? throw new BackupException(L["{0} could not be started.", tool]);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException(L["{0} failed ({1}): {2}", tool, process.ExitCode, (await stderr).Trim()]);
        }
    }

    private static string FindTool(string tool)
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/lib/postgresql/15/bin").Select(d => Path.Combine(d, tool));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new BackupException(L["{0} is not installed: install the PostgreSQL client tools (apt-get install postgresql-client).", tool]);
    }
}
