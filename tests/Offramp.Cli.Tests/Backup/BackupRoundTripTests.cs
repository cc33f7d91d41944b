using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Backup;

/// <summary>
/// `backup create` → `backup verify` → `backup restore` into an empty database: the restored chain verifies with the
/// same number of events and identical row counts; a non-empty target is refused without --force; a tampered file fails.
/// </summary>
public sealed class BackupRoundTripTests
{
    private const string Passphrase = "correct horse battery staple 2026";

    [Theory]
    [BothProviders]
    public async Task A_backup_verifies_and_restores_into_an_empty_database_with_the_chain_intact(DatabaseProviderKind provider)
    {
        await using var source = await CliWorkspace.CreateAsync(provider);
        (await source.RunAsync("demo", "seed", "--participants", "40")).ShouldSucceed();
        var file = Path.Combine(source.Folder, "backups", "offramp.bak");

        var created = (await source.RunWithInputAsync(Passphrase, "backup", "create", "--out", file, "--passphrase-stdin")).ShouldSucceed();
        Assert.Contains("Backup written", created.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(file + ".sha256"));
        Assert.DoesNotContain("Participant", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains("row counts identical", (await source.RunWithInputAsync(Passphrase, "backup", "verify", file, "--passphrase-stdin")).ShouldSucceed().Output, StringComparison.Ordinal);
        (await source.RunWithInputAsync("a wrong passphrase here", "backup", "verify", file, "--passphrase-stdin")).ShouldFail(4, "wrong passphrase");

        await using var target = await CliWorkspace.MigratedAsync(provider);
        var restored = (await target.RunWithInputAsync(Passphrase, "backup", "restore", file, "--passphrase-stdin")).ShouldSucceed();
        Assert.Contains("row counts identical", restored.Output, StringComparison.Ordinal);
        var events = await source.ScalarAsync<long>("SELECT COUNT(*) FROM \"AuditEvents\"");
        Assert.Contains($"intact: {events} events", (await target.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);
        Assert.Equal(await source.ScalarAsync<long>("SELECT COUNT(*) FROM \"Participants\""), await target.ScalarAsync<long>("SELECT COUNT(*) FROM \"Participants\""));

        (await target.RunWithInputAsync(Passphrase, "backup", "restore", file, "--passphrase-stdin")).ShouldFail(4, "not empty");
        // --force replaces the database file: nothing may hold it open, including this test's pooled connection.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        (await target.RunWithInputAsync(Passphrase, "backup", "restore", file, "--force", "--passphrase-stdin")).ShouldSucceed();

        var bytes = await File.ReadAllBytesAsync(file);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(file, bytes);
        (await source.RunWithInputAsync(Passphrase, "backup", "verify", file, "--passphrase-stdin")).ShouldFail(4, "checksum does not match");
    }
}
