using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Npgsql;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Audit;
using Offramp.Core.Audit.Witness;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Hosting.Database;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Backup;

/// <summary>
/// Creates, verifies and restores encrypted backups of the database and its key ring. A backup is a tar of
/// manifest.json, the database copy and keys/*.xml, encrypted with <see cref="BackupCipher"/>, with a SHA-256
/// sidecar (PATH.sha256) checked before anything is decrypted.
/// </summary>
public sealed class BackupService(CliServices cli)
{
    private const string ManifestName = "manifest.json";
    private const string DatabaseName = "database";

    public async Task<BackupManifest> CreateAsync(string output, string passphrase, CancellationToken ct)
    {
        using var work = new TempFolder();
        var databaseFile = Path.Combine(work.Path, DatabaseName);
        BackupManifest manifest;
        await using (var scope = cli.Scope())
        {
            var db = scope.Db();
            await DatabaseReadiness.EnsureMigratedAsync(db, ct);
            manifest = cli.Database.Provider == DatabaseProvider.Sqlite
                ? await SnapshotSqliteAsync(db, databaseFile, scope.Get<IClock>(), ct)
                : await SnapshotPostgresAsync(db, databaseFile, scope.Get<IClock>(), ct);
        }

        await File.WriteAllTextAsync(Path.Combine(work.Path, ManifestName), JsonSerializer.Serialize(manifest, BackupManifest.Json), ct);
        var tar = Path.Combine(work.Path, "backup.tar");
        await using (var tarStream = File.Create(tar))
        await using (var writer = new TarWriter(tarStream))
        {
            await writer.WriteEntryAsync(Path.Combine(work.Path, ManifestName), ManifestName, ct);
            await writer.WriteEntryAsync(databaseFile, DatabaseName, ct);
            foreach (var key in Directory.EnumerateFiles(KeyDirectory(), "*.xml").Order(StringComparer.Ordinal))
            {
                await writer.WriteEntryAsync(key, "keys/" + Path.GetFileName(key), ct);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var partial = output + ".partial";
        await using (var plain = File.OpenRead(tar))
        await using (var encrypted = File.Create(partial))
        {
            await BackupCipher.EncryptAsync(plain, encrypted, passphrase, ct);
        }

        File.Move(partial, output, overwrite: true);
        await File.WriteAllTextAsync(output + ".sha256", $"{await Sha256Async(output, ct)}  {Path.GetFileName(output)}\n", ct);
        return manifest;
    }

    /// <summary>Checks the checksum, decrypts, restores into a scratch database and verifies its audit chain and row counts.</summary>
    public async Task<RestoreReport> VerifyAsync(string path, string passphrase, CancellationToken ct)
    {
        using var work = new TempFolder();
        var manifest = await UnpackAsync(path, passphrase, work.Path, ct);
        var keys = Path.Combine(work.Path, "keys");
        if (manifest.Provider == nameof(DatabaseProvider.Sqlite))
        {
            var file = Path.Combine(work.Path, "scratch.db");
            File.Copy(Path.Combine(work.Path, DatabaseName), file);
            var report = await CheckAsync($"Data Source={file};Pooling=False", keys, manifest, scratch: true, ct);
            SqliteConnection.ClearAllPools();
            return report;
        }

        var server = new NpgsqlConnectionStringBuilder(cli.Database.ConnectionString);
        var scratch = $"offramp_verify_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{scratch}\"", ct);
        try
        {
            var target = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = scratch, Pooling = false };
            await DatabaseSnapshot.RestoreAsync(new DatabaseSettings(DatabaseProvider.Postgres, target.ConnectionString), Path.Combine(work.Path, DatabaseName), clean: false, ct);
            return await CheckAsync(target.ConnectionString, keys, manifest, scratch: true, ct);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{scratch}\" WITH (FORCE)", ct);
        }
    }

    /// <summary>Restores into the configured database, which must be empty unless <paramref name="force"/>; adds the backup's keys to the key ring.</summary>
    public async Task<RestoreReport> RestoreAsync(string path, string passphrase, bool force, CancellationToken ct)
    {
        using var work = new TempFolder();
        var manifest = await UnpackAsync(path, passphrase, work.Path, ct);
        if (manifest.Provider != cli.Database.Provider.ToString())
        {
            throw new BackupException(L["the backup is of a {0} database but OFFRAMP_DB points at {1}.", manifest.Provider, cli.Database.Provider]);
        }

        await using (var scope = cli.Scope())
        {
            var rows = await RowsInExistingTablesAsync(scope.Db(), ct);
            if (rows > 0 && !force)
            {
                throw new BackupException(L["the target database is not empty ({0:N0} rows): restore into an empty database, or pass --force to overwrite it.", rows]);
            }
        }

        await DatabaseSnapshot.RestoreAsync(cli.Database, Path.Combine(work.Path, DatabaseName), clean: true, ct);
        var keyDirectory = KeyDirectory();
        Directory.CreateDirectory(keyDirectory);
        foreach (var key in Directory.EnumerateFiles(Path.Combine(work.Path, "keys"), "*.xml"))
        {
            File.Copy(key, Path.Combine(keyDirectory, Path.GetFileName(key)), overwrite: true);
        }

        NpgsqlConnection.ClearAllPools();
        SqliteConnection.ClearAllPools();
        await RecordRestoreInWitnessAsync(ct);
        return await CheckAsync(cli.Database.ConnectionString, keyDirectory, manifest, scratch: false, ct);
    }

    /// <summary>
    /// A deliberate restore sets the chain back. It is recorded, signed, in the witness so `audit verify` explains the
    /// shorter chain ("restored from a backup on …, events N+1 to M were rolled back") instead of reporting a cut, and
    /// the heads seen before stay on record. An old database copied in by hand records nothing, and verify reports it.
    /// </summary>
    private static async Task RecordRestoreInWitnessAsync(CancellationToken ct)
    {
        await using var services = CliServices.Build();
        await using var scope = services.Scope();
        var witness = scope.Get<AuditWitness>();
        if (!witness.Enabled)
        {
            return;
        }

        var head = await scope.Db().AuditHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        witness.RecordRestore(head?.Sequence ?? 0, head?.Hash ?? AuditHasher.Genesis);
    }

    private static async Task<BackupManifest> UnpackAsync(string path, string passphrase, string folder, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new BackupException(L["{0} does not exist.", path]);
        }

        var sidecar = path + ".sha256";
        if (!File.Exists(sidecar))
        {
            throw new BackupException(L["{0} is missing: the checksum cannot be checked.", sidecar]);
        }

        var expected = (await File.ReadAllTextAsync(sidecar, ct)).Split(' ', 2)[0].Trim();
        if (!string.Equals(expected, await Sha256Async(path, ct), StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException(L["the checksum does not match: the backup file was altered or damaged."]);
        }

        var tar = Path.Combine(folder, "backup.tar");
        await using (var encrypted = File.OpenRead(path))
        await using (var plain = File.Create(tar))
        {
            await BackupCipher.DecryptAsync(encrypted, plain, passphrase, ct);
        }

        Directory.CreateDirectory(Path.Combine(folder, "keys"));
        await using (var tarStream = File.OpenRead(tar))
        {
            await TarFile.ExtractToDirectoryAsync(tarStream, folder, overwriteFiles: true, ct);
        }

        return JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(Path.Combine(folder, ManifestName), ct))
            ?? throw new BackupException(L["the backup has no manifest."]);
    }

    /// <summary>Opens <paramref name="connectionString"/> with the given key ring, verifies the audit chain and compares row counts.</summary>
    /// <param name="scratch">A throwaway copy checked by `backup verify`: it is old by nature, so the live witness does not apply.</param>
    private static async Task<RestoreReport> CheckAsync(string connectionString, string keyDirectory, BackupManifest manifest, bool scratch, CancellationToken ct)
    {
        var previous = (Environment.GetEnvironmentVariable("OFFRAMP_DB"), Environment.GetEnvironmentVariable("Offramp__KeyDirectory"),
            Environment.GetEnvironmentVariable("Offramp__AuditWitness"));
        Environment.SetEnvironmentVariable("OFFRAMP_DB", connectionString);
        Environment.SetEnvironmentVariable("Offramp__KeyDirectory", keyDirectory);
        if (scratch)
        {
            Environment.SetEnvironmentVariable("Offramp__AuditWitness", "off");
        }

        try
        {
            await using var services = CliServices.Build();
            await using var scope = services.Scope();
            var verification = await scope.Get<AuditVerifier>().VerifyAsync(ct: ct);
            var counts = await BackupManifest.CountRowsAsync(scope.Db(), ct);
            return new RestoreReport(manifest, verification, manifest.Differences(counts));
        }
        finally
        {
            Environment.SetEnvironmentVariable("OFFRAMP_DB", previous.Item1);
            Environment.SetEnvironmentVariable("Offramp__KeyDirectory", previous.Item2);
            Environment.SetEnvironmentVariable("Offramp__AuditWitness", previous.Item3);
        }
    }

    private static async Task<BackupManifest> SnapshotSqliteAsync(OfframpDbContext db, string file, IClock clock, CancellationToken ct)
    {
        await DatabaseSnapshot.TakeAsync(new DatabaseSettings(DatabaseProvider.Sqlite, db.Database.GetConnectionString()!), file, ct);

        // Count what the copy holds, not the live database, which the app may have changed since.
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var head = (0L, AuditHasher.Genesis);
        await using (var copy = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await copy.OpenAsync(ct);
            foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct())
            {
                await using var count = copy.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table!] = (long)(await count.ExecuteScalarAsync(ct))!;
            }

            await using var read = copy.CreateCommand();
            read.CommandText = "SELECT \"Sequence\", \"Hash\" FROM \"AuditHeads\" WHERE \"Id\" = 1";
            await using var reader = await read.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                head = (reader.GetInt64(0), reader.GetString(1));
            }
        }

        SqliteConnection.ClearAllPools();
        return new BackupManifest(nameof(DatabaseProvider.Sqlite), clock.UtcNow, head.Item1, head.Item2, counts);
    }

    /// <summary>Counts inside a repeatable-read snapshot that pg_dump then shares (--snapshot): counts and dump see the same data.</summary>
    private async Task<BackupManifest> SnapshotPostgresAsync(OfframpDbContext db, string file, IClock clock, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var connection = db.Database.GetDbConnection();
        await using var export = connection.CreateCommand();
        export.CommandText = "SELECT pg_export_snapshot()";
        var snapshot = (string)(await export.ExecuteScalarAsync(ct))!;
        var counts = await BackupManifest.CountRowsAsync(db, ct);
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        await DatabaseSnapshot.TakeAsync(cli.Database, file, ct, snapshot);
        await tx.CommitAsync(ct);
        return new BackupManifest(nameof(DatabaseProvider.Postgres), clock.UtcNow, head?.Sequence ?? 0, head?.Hash ?? AuditHasher.Genesis, counts);
    }

    private static async Task<long> RowsInExistingTablesAsync(OfframpDbContext db, CancellationToken ct)
    {
        long rows = 0;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct())
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = db.IsPostgres
                ? $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'"
                : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                continue;
            }

            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            rows += Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        await db.Database.CloseConnectionAsync();
        return rows;
    }

    private string KeyDirectory() =>
        Environment.GetEnvironmentVariable("Offramp__KeyDirectory") is { Length: > 0 } configured ? configured : cli.Database.DefaultKeyDirectory();

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder server, string sql, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("offramp-backup-").FullName;

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A scratch file still open must not turn a good backup into a failure; the OS cleans temp.
            }
        }
    }
}

public sealed record RestoreReport(BackupManifest Manifest, AuditVerification Audit, IReadOnlyList<string> CountDifferences)
{
    public bool IsGood => Audit.IsIntact && CountDifferences.Count == 0;
}
