using Offramp.Cli.Infrastructure;
using Offramp.Cli.Tests.Infrastructure;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;

using OtpNet;

namespace Offramp.Cli.Tests.Evidence;

/// <summary>
/// `offramp evidence build --release --director EMAIL`: the operator proposes, the program's director releases with a
/// fresh authenticator code read from standard input. Someone who is not a director of the program is refused before
/// anything is proposed; a wrong or missing code releases nothing and the bundle stays proposed; the right code releases
/// it through the app's use case, audited as the director, and the signed file passes `offramp evidence verify`.
/// </summary>
public sealed class EvidenceReleaseCommandTests
{
    private const string Program = "Back on Track mentoring (prison)";

    [Fact]
    public async Task Only_a_director_of_the_program_with_the_right_code_on_standard_input_releases_and_the_signed_file_verifies()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);
        (await workspace.RunAsync("demo", "seed", "--participants", "200", "--seed", "7")).ShouldSucceed();
        var output = Path.Combine(workspace.Folder, "bundle.json");
        var director = DemoAccounts.All.Single(a => a.Email == "director@demo.offramp.org");
        var evaluator = DemoAccounts.All.Single(a => a.Email == "evaluator@demo.offramp.org");
        // The demo released its programs' bundles on first start (signed, by the demo director); this proposal corrects one.
        var demoReleases = await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"EvidenceRelease\"");
        Assert.True(demoReleases > 0);

        // The evaluator may propose in the app, but is no director: refused before anything is proposed, even with their own right code.
        (await workspace.RunWithInputAsync(CodeOf(evaluator), Build(output, evaluator.Email)))
            .ShouldFail(ExitCodes.InvalidInput, $"{evaluator.Email} is not a director of the program");
        (await workspace.RunWithInputAsync(CodeOf(director), Build(output, "nobody@demo.offramp.org"))).ShouldFail(ExitCodes.InvalidInput, "no account has the email");
        (await workspace.RunAsync([.. Build(output, null), "--release"])).ShouldFail(ExitCodes.InvalidInput, "--release needs --director");
        (await workspace.RunAsync(Build(output, null, "exit-status-at-entry,push-factors"))).ShouldFail(ExitCodes.InvalidInput, "takes several answers per participant");
        Assert.Equal(demoReleases, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"EvidenceRelease\""));

        // A wrong code: nothing released, the proposal stays proposed and is what the file holds.
        var wrong = (await workspace.RunWithInputAsync(WrongCode(director), Build(output, director.Email)))
            .ShouldFail(ExitCodes.InvalidInput, "wrong or expired");
        Assert.Contains("stays proposed", wrong.Error, StringComparison.Ordinal);
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"EvidenceRelease\" WHERE \"Status\" = 'Proposed' AND \"SignedFile\" IS NULL"));
        Assert.Equal(demoReleases, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"EvidenceRelease\" WHERE \"SignedFile\" IS NOT NULL"));
        Assert.DoesNotContain("\"signature\"", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
        (await workspace.RunAsync("evidence", "verify", output)).ShouldFail(ExitCodes.EvidenceRejected, "NotSigned");

        // A new build of the period needs the proposal discarded first (the director does that in the app); no code at all releases nothing either.
        await workspace.ExecuteAsync("UPDATE \"EvidenceRelease\" SET \"Status\" = 'Discarded' WHERE \"Status\" = 'Proposed'");
        (await workspace.RunWithInputAsync("", Build(output, director.Email))).ShouldFail(ExitCodes.InvalidInput, "authenticator code of the director on standard input");
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"EvidenceRelease\" WHERE \"Status\" = 'Proposed'"));
        await workspace.ExecuteAsync("UPDATE \"EvidenceRelease\" SET \"Status\" = 'Discarded' WHERE \"Status\" = 'Proposed'");

        // The director's current code, read from standard input: released, signed, audited as the director.
        var released = (await workspace.RunWithInputAsync(CodeOf(director), Build(output, director.Email))).ShouldSucceed();
        Assert.Contains("Released bundle", released.Output, StringComparison.Ordinal);
        Assert.Contains(output, released.Output, StringComparison.Ordinal);
        var directorId = await workspace.ScalarAsync<string>("SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = 'director@demo.offramp.org'");
        Assert.Equal(directorId, await workspace.ScalarAsync<string>("SELECT \"DecidedByUserId\" FROM \"EvidenceRelease\" WHERE \"Status\" = 'Released' AND \"ProposedByUserId\" = '00000000-0000-0000-0000-000000000000'"), ignoreCase: true);
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"EvidenceRelease\" WHERE \"Status\" = 'Released' AND \"ProposedByUserId\" = '00000000-0000-0000-0000-000000000000'"));
        Assert.Equal(directorId, await workspace.ScalarAsync<string>("SELECT \"UserId\" FROM \"AuditEvents\" WHERE \"Action\" = 'EVIDENCE-RELEASED' AND \"UserId\" IS NOT NULL"), ignoreCase: true);
        Assert.Equal(await workspace.ScalarAsync<string>("SELECT \"SignedFile\" FROM \"EvidenceRelease\" WHERE \"Status\" = 'Released' AND \"ProposedByUserId\" = '00000000-0000-0000-0000-000000000000'"), await File.ReadAllTextAsync(output));
        Assert.Contains("coded.exit-status-at-entry", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(
            System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement.GetProperty("payload").GetString()!)), StringComparison.Ordinal);
        var verified = (await workspace.RunAsync("evidence", "verify", output)).ShouldSucceed();
        Assert.Contains($"Valid: {Program}", verified.Output, StringComparison.Ordinal);
        Assert.Contains("intact:", (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);
    }

    private static string[] Build(string output, string? director, string breakDownBy = "exit-status-at-entry") =>
        director is null
            ? ["evidence", "build", "--program", Program, "--period", "all", "--out", output, "--break-down-by", breakDownBy]
            : ["evidence", "build", "--program", Program, "--period", "all", "--out", output, "--release", "--director", director, "--break-down-by", breakDownBy];

    private static string CodeOf(DemoAccount account) => new Totp(Base32Encoding.ToBytes(account.TotpSecret)).ComputeTotp(DateTime.UtcNow);

    /// <summary>A six-digit code that matches none of the steps the check accepts (two back, the current one, one ahead).</summary>
    private static string WrongCode(DemoAccount account)
    {
        var totp = new Totp(Base32Encoding.ToBytes(account.TotpSecret));
        var now = DateTime.UtcNow;
        var valid = Enumerable.Range(-3, 6).Select(i => totp.ComputeTotp(now.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => (123456 + (i * 7919)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }
}
