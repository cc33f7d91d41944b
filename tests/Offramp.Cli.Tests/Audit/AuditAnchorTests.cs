using System.Text.Json.Nodes;

using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Audit;

/// <summary>
/// Issue 10, defect 1: whoever can write the database must not be able to shorten or replace the audit chain unnoticed.
/// Each tampering below leaves the chain, its checkpoints and its head consistent with each other, so only the witness
/// file beside the key ring (or an exported head) can tell; `audit verify` must exit 2 and say what happened.
/// </summary>
public sealed class AuditAnchorTests
{
    private const string Passphrase = "correct horse battery staple 2026";

    [Theory]
    [BothProviders("cut-after-last-checkpoint")]
    [BothProviders("cut-500-with-checkpoints")]
    [BothProviders("cut-and-delete-head")]
    [BothProviders("delete-everything")]
    public async Task A_database_writer_cannot_cut_or_empty_the_chain_unnoticed(DatabaseProviderKind provider, string tampering)
    {
        await using var workspace = await SeededAsync(provider);
        var events = await CountAsync(workspace);
        var lastCheckpoint = await workspace.ScalarAsync<long>("SELECT MAX(\"Sequence\") FROM \"AuditCheckpoints\"");
        Assert.True(events > lastCheckpoint && events > 600, $"{events} events, last checkpoint {lastCheckpoint}");

        var keep = tampering switch
        {
            "cut-after-last-checkpoint" => lastCheckpoint,
            "cut-500-with-checkpoints" => events - 500,
            "cut-and-delete-head" => lastCheckpoint,
            _ => 0,
        };
        await workspace.ExecuteAsync($"DELETE FROM \"AuditEvents\" WHERE \"Sequence\" > {keep}");
        await workspace.ExecuteAsync($"DELETE FROM \"AuditCheckpoints\" WHERE \"Sequence\" > {keep}");
        await workspace.ExecuteAsync(tampering is "cut-and-delete-head" or "delete-everything"
            ? "DELETE FROM \"AuditHeads\""
            : $"UPDATE \"AuditHeads\" SET \"Sequence\" = {keep}, \"Hash\" = (SELECT \"Hash\" FROM \"AuditEvents\" WHERE \"Sequence\" = {keep})");
        Assert.Equal(keep, await CountAsync(workspace));

        var result = (await workspace.RunAsync("audit", "verify")).ShouldFail(2, $"audit chain broken at event {keep + 1}:");
        Assert.Contains(keep == 0 ? $"the chain is empty but the witness saw on " : $"the chain ends at event {keep} but the witness saw on ", result.Error, StringComparison.Ordinal);
        Assert.Contains($"event {events}:", result.Error, StringComparison.Ordinal);
        Assert.Contains(keep == 0 ? "every event was deleted or the database was replaced" : "the tail was cut", result.Error, StringComparison.Ordinal);
        if (tampering == "cut-and-delete-head")
        {
            Assert.Contains("the AuditHeads row was deleted as well", result.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("intact", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task An_old_backup_put_in_place_as_current_is_reported_but_a_recorded_restore_is_explained(DatabaseProviderKind provider)
    {
        await using var workspace = await SeededAsync(provider);
        var file = Path.Combine(workspace.Folder, "backups", "old.bak");
        (await workspace.RunWithInputAsync(Passphrase, "backup", "create", "--out", file, "--passphrase-stdin")).ShouldSucceed();
        var backedUp = await CountAsync(workspace);
        (await workspace.RunAsync("admin", "create-org", "--name", "Activity after the backup")).ShouldSucceed();
        var current = await CountAsync(workspace);
        Assert.True(current > backedUp);

        // Someone restores the old copy with a key ring of their own (the backup carries one), out of the witness's sight.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var elsewhere = Path.Combine(workspace.Folder, "attacker-keys");
        (await CliProcess.RunAsync(workspace.Folder, workspace.ConnectionString, elsewhere, Passphrase,
            ["backup", "restore", file, "--force", "--passphrase-stdin"])).ShouldSucceed();
        Assert.Equal(backedUp, await CountAsync(workspace));

        var result = (await workspace.RunAsync("audit", "verify")).ShouldFail(2, $"audit chain broken at event {backedUp + 1}:");
        Assert.Contains($"the chain ends at event {backedUp} but the witness saw on ", result.Error, StringComparison.Ordinal);
        Assert.Contains($"event {current}: the tail was cut, or an older copy of the database was put in place", result.Error, StringComparison.Ordinal);

        // The same restore done openly, with the installation's key ring, is recorded in the witness and explained.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        (await workspace.RunWithInputAsync(Passphrase, "backup", "restore", file, "--force", "--passphrase-stdin")).ShouldSucceed();
        var verified = (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output;
        Assert.Contains($"intact: {backedUp} events", verified, StringComparison.Ordinal);
        Assert.Contains($"the chain was set back to event {backedUp} from event {current} (events {backedUp + 1} to {current} were rolled back)", verified, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task An_exported_head_proves_a_cut_even_without_the_witness_and_cannot_be_forged(DatabaseProviderKind provider)
    {
        await using var workspace = await SeededAsync(provider);
        var headFile = Path.Combine(workspace.Folder, "published", "head.json");
        var exported = (await workspace.RunAsync("audit", "head", "--out", headFile)).ShouldSucceed();
        var events = await CountAsync(workspace);
        Assert.Contains($"Signed head at event {events}", exported.Output, StringComparison.Ordinal);
        Assert.Contains($"intact: {events} events", (await workspace.RunAsync("audit", "verify", "--against", headFile)).ShouldSucceed().Output, StringComparison.Ordinal);

        // An edited head file (a later sequence claimed) fails its Ed25519 signature.
        var head = JsonNode.Parse(await File.ReadAllTextAsync(headFile))!;
        var forged = Path.Combine(workspace.Folder, "forged.json");
        head["sequence"] = events - 1;
        await File.WriteAllTextAsync(forged, head.ToJsonString());
        (await workspace.RunAsync("audit", "verify", "--against", forged)).ShouldFail(2, "the head file's signature does not verify");

        // The writer also got rid of the witness file: the exported head still shows the cut.
        File.Delete(Path.Combine(workspace.Folder, "keys", "audit-witness.jsonl"));
        var keep = events - 3;
        await workspace.ExecuteAsync($"DELETE FROM \"AuditEvents\" WHERE \"Sequence\" > {keep}");
        await workspace.ExecuteAsync($"DELETE FROM \"AuditCheckpoints\" WHERE \"Sequence\" > {keep}");
        await workspace.ExecuteAsync($"UPDATE \"AuditHeads\" SET \"Sequence\" = {keep}, \"Hash\" = (SELECT \"Hash\" FROM \"AuditEvents\" WHERE \"Sequence\" = {keep})");
        (await workspace.RunAsync("audit", "verify", "--against", headFile))
            .ShouldFail(2, $"the chain ends at event {keep} but the exported head signed on ");
    }

    [Theory]
    [BothProviders]
    public async Task Normal_use_verifies_with_the_witness_up_to_the_newest_event(DatabaseProviderKind provider)
    {
        await using var workspace = await SeededAsync(provider);
        (await workspace.RunAsync("audit", "checkpoint")).ShouldSucceed();
        var events = await CountAsync(workspace);

        var verified = (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output;

        Assert.Contains($"intact: {events} events", verified, StringComparison.Ordinal);
        Assert.Contains($"the newest at event {events}", verified, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(Path.Combine(workspace.Folder, "keys", "audit-witness.jsonl"));
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains("Participant", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A demo organisation and 700 audited reads after it, ending between two signed checkpoints.</summary>
    private static async Task<CliWorkspace> SeededAsync(DatabaseProviderKind provider)
    {
        var workspace = await CliWorkspace.CreateAsync(provider);
        (await workspace.RunAsync("demo", "seed", "--participants", "20")).ShouldSucceed();
        await AuditActivity.RecordAsync(workspace, 700);
        if (await CountAsync(workspace) % 64 == 0)
        {
            await AuditActivity.RecordAsync(workspace, 1);
        }

        Assert.Contains("intact:", (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);
        return workspace;
    }

    private static Task<long> CountAsync(CliWorkspace workspace) => workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AuditEvents\"");
}
