using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Languages;

/// <summary>
/// A count reads with the form its number needs: `audit verify` after one, two and eleven audited changes (each
/// create-org is one event) says "1 event" / "2 events" in English and French, and Arabic's singular, dual and the
/// accusative singular of 11-99 ("حدث واحد", "حدثان", "11 حدثًا"), with no checkpoints yet (Arabic's zero form).
/// </summary>
public sealed class CountLanguageTests
{
    private static readonly Dictionary<string, string> English = [];
    private static readonly Dictionary<string, string> French = new() { ["OFFRAMP_LANGUAGE"] = "fr" };
    private static readonly Dictionary<string, string> Arabic = new() { ["OFFRAMP_LANGUAGE"] = "ar" };

    [Fact]
    public async Task Audit_verify_counts_events_in_the_form_each_language_needs()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);

        await CreateOrganisationsAsync(workspace, 1);
        Assert.Contains("intact: 1 event, 0 checkpoints", await VerifiedAsync(workspace, English), StringComparison.Ordinal);
        Assert.Contains("intacte : 1 événement, 0 point de contrôle", await VerifiedAsync(workspace, French), StringComparison.Ordinal);
        Assert.Contains("سليمة: حدث واحد، لا نقاط تحقق", await VerifiedAsync(workspace, Arabic), StringComparison.Ordinal);

        await CreateOrganisationsAsync(workspace, 1);
        Assert.Contains("intact: 2 events, 0 checkpoints", await VerifiedAsync(workspace, English), StringComparison.Ordinal);
        Assert.Contains("intacte : 2 événements, 0 point de contrôle", await VerifiedAsync(workspace, French), StringComparison.Ordinal);
        Assert.Contains("سليمة: حدثان، لا نقاط تحقق", await VerifiedAsync(workspace, Arabic), StringComparison.Ordinal);

        await CreateOrganisationsAsync(workspace, 9);
        Assert.Contains("سليمة: 11 حدثًا، لا نقاط تحقق", await VerifiedAsync(workspace, Arabic), StringComparison.Ordinal);
    }

    private static async Task CreateOrganisationsAsync(CliWorkspace workspace, int count)
    {
        var before = await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Organisations\"");
        for (var i = 0; i < count; i++)
        {
            (await workspace.RunAsync("admin", "create-org", "--name", $"Organisation {before + i + 1}")).ShouldSucceed();
        }

        Assert.Equal(before + count, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AuditEvents\""));
    }

    private static async Task<string> VerifiedAsync(CliWorkspace workspace, Dictionary<string, string> language) =>
        (await workspace.RunInAsync(language, "audit", "verify")).ShouldSucceed().Output;
}
