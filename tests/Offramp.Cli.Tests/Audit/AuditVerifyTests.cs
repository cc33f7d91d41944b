using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Audit;

/// <summary>A seeded demo verifies; one edited or deleted row afterwards makes `audit verify` exit 2 naming that event.</summary>
public sealed class AuditVerifyTests
{
    private const int TamperedEvent = 5;

    [Theory]
    [BothProviders("edit")]
    [BothProviders("delete")]
    public async Task Verify_passes_on_a_seeded_demo_and_names_the_first_tampered_event(DatabaseProviderKind provider, string tampering)
    {
        await using var workspace = await CliWorkspace.CreateAsync(provider);
        (await workspace.RunAsync("demo", "seed", "--participants", "200")).ShouldSucceed();
        var events = await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AuditEvents\"");
        Assert.True(events > TamperedEvent);
        Assert.Contains($"intact: {events} events", (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);

        var changed = await workspace.ExecuteAsync(tampering == "edit"
            ? $"UPDATE \"AuditEvents\" SET \"Detail\" = 'nothing to see here' WHERE \"Sequence\" = {TamperedEvent}"
            : $"DELETE FROM \"AuditEvents\" WHERE \"Sequence\" = {TamperedEvent}");
        Assert.Equal(1, changed);

        var result = (await workspace.RunAsync("audit", "verify")).ShouldFail(2, $"audit chain broken at event {TamperedEvent}:");
        Assert.Contains(tampering == "edit" ? "was modified after it was written" : "is missing", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("intact", result.Output, StringComparison.Ordinal);
    }
}
