using Offramp.Cli.Infrastructure;
using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Evidence.Signing;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Languages;

/// <summary>
/// What Core writes and the CLI prints (an audit verification, an evidence bundle's rejection) reads in the operator's
/// language, worded from the same phrases as the web app; English and the exit codes are unchanged.
/// </summary>
public sealed class CoreTextLanguageTests
{
    private static readonly Dictionary<string, string> English = [];
    private static readonly Dictionary<string, string> French = new() { ["OFFRAMP_LANGUAGE"] = "fr" };
    private static readonly Dictionary<string, string> Arabic = new() { ["OFFRAMP_LANGUAGE"] = "ar" };

    [Fact]
    public async Task A_broken_audit_chain_is_reported_in_french_and_in_arabic()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);
        (await workspace.RunAsync("admin", "create-org", "--name", "Exit Works")).ShouldSucceed();
        Assert.Equal(1, await workspace.ExecuteAsync("UPDATE \"AuditEvents\" SET \"Detail\" = 'nothing to see here' WHERE \"Sequence\" = 1"));

        (await workspace.RunInAsync(English, "audit", "verify")).ShouldFail(2, "audit chain broken at event 1: event 1 was modified after it was written");
        (await workspace.RunInAsync(French, "audit", "verify")).ShouldFail(2, "chaîne d'audit rompue à l'événement 1 : l'événement 1 a été modifié après son écriture");
        (await workspace.RunInAsync(Arabic, "audit", "verify")).ShouldFail(2, "سلسلة التدقيق مقطوعة عند الحدث رقم 1: عُدِّل الحدث رقم 1 بعد كتابته");
    }

    [Fact]
    public async Task An_evidence_bundle_rejection_is_in_french_and_in_arabic_and_keeps_its_reason_code()
    {
        await using var workspace = CliWorkspace.ForConnectionString(DatabaseProviderKind.Sqlite, "Data Source=never-opened.db");
        var file = Path.Combine(workspace.Folder, "not-signed.json");
        await File.WriteAllTextAsync(file, "{}");
        const int code = ExitCodes.EvidenceRejected;

        (await workspace.RunInAsync(English, "evidence", "verify", file))
            .ShouldFail(code, $"evidence verify: REJECTED ({EvidenceRejection.NotSigned}): This is not a signed evidence bundle: expected a JSON file");
        (await workspace.RunInAsync(French, "evidence", "verify", file))
            .ShouldFail(code, $"evidence verify : REJETÉ ({EvidenceRejection.NotSigned}) : Ce n'est pas un lot de données probantes signé : un fichier JSON est attendu");
        (await workspace.RunInAsync(Arabic, "evidence", "verify", file))
            .ShouldFail(code, $"evidence verify: مرفوض ({EvidenceRejection.NotSigned}): هذه ليست حزمة أدلة موقَّعة: المتوقع ملف JSON");
    }
}
