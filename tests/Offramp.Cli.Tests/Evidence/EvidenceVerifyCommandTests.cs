using NSec.Cryptography;

using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Signing;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Evidence;

/// <summary>
/// `offramp evidence verify FILE [--public-key K]` checks a signed bundle with nothing but the file: a valid one passes
/// and names its key; a changed payload, a key id that is not the key's, a file signed by another key than the one
/// expected, and a file that is no bundle all exit 4 with the reason. The openssl command in docs/evidence.md agrees.
/// </summary>
public sealed class EvidenceVerifyCommandTests
{
    [Fact]
    public async Task A_valid_bundle_passes_and_every_kind_of_forgery_exits_4_naming_the_reason()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var publicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var payload = CanonicalJson.Bytes(Bundle());
        var signed = SignedEvidence.Create(PublishingKeys.KeyIdOf(publicKey), publicKey, payload, SignatureAlgorithm.Ed25519.Sign(key, payload));

        var valid = await WriteAsync(workspace, "valid.json", signed.ToFileBytes());
        var ok = (await workspace.RunAsync("evidence", "verify", valid, "--public-key", signed.PublicKey)).ShouldSucceed();
        Assert.Contains(signed.KeyId, ok.Output, StringComparison.Ordinal);
        Assert.Contains("Verify program", ok.Output, StringComparison.Ordinal);

        var changed = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(payload).Replace("\"value\":null", "\"value\":3", StringComparison.Ordinal));
        Assert.NotEqual(payload, changed);
        var tampered = await WriteAsync(workspace, "tampered.json", (signed with { Payload = Convert.ToBase64String(changed) }).ToFileBytes());
        (await workspace.RunAsync("evidence", "verify", tampered)).ShouldFail(4, "Tampered");

        var wrongId = await WriteAsync(workspace, "wrong-id.json", (signed with { KeyId = "ed25519:0000000000000000" }).ToFileBytes());
        (await workspace.RunAsync("evidence", "verify", wrongId)).ShouldFail(4, "KeyIdMismatch");

        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        (await workspace.RunAsync("evidence", "verify", valid, "--public-key", Convert.ToBase64String(other.PublicKey.Export(KeyBlobFormat.RawPublicKey))))
            .ShouldFail(4, "wrong key");

        var notABundle = await WriteAsync(workspace, "other.json", "{\"hello\":\"world\"}"u8.ToArray());
        (await workspace.RunAsync("evidence", "verify", notABundle)).ShouldFail(4, "NotSigned");

        // docs/evidence.md: the same check with openssl alone, on the payload and signature taken out of the file.
        var der = new byte[] { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00 }.Concat(publicKey).ToArray();
        var pem = "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(der) + "\n-----END PUBLIC KEY-----\n";
        var pub = await WriteAsync(workspace, "pub.pem", System.Text.Encoding.ASCII.GetBytes(pem));
        var body = await WriteAsync(workspace, "payload.json", payload);
        var signature = await WriteAsync(workspace, "sig.bin", Convert.FromBase64String(signed.Signature));
        var verified = await ExternalProcess.RunAsync("openssl", ["pkeyutl", "-verify", "-pubin", "-inkey", pub, "-rawin", "-in", body, "-sigfile", signature], TimeSpan.FromSeconds(30));
        Assert.Contains("Signature Verified Successfully", verified, StringComparison.Ordinal);
        var forged = await WriteAsync(workspace, "forged.json", changed);
        await Assert.ThrowsAnyAsync<Exception>(() => ExternalProcess.RunAsync("openssl", ["pkeyutl", "-verify", "-pubin", "-inkey", pub, "-rawin", "-in", forged, "-sigfile", signature], TimeSpan.FromSeconds(30)));
    }

    private static async Task<string> WriteAsync(CliWorkspace workspace, string name, byte[] content)
    {
        var path = Path.Combine(workspace.Folder, name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    private static EvidenceBundle Bundle() => new()
    {
        BundleId = Guid.CreateVersion7(),
        Publisher = "Verify organisation",
        Program = new EvidenceProgramProfile(Guid.CreateVersion7(), "Verify program", "prison", ["rehabilitation"], "Kenya", null, null, [], null, "Completers compared with early leavers", null),
        Period = new EvidencePeriod(EvidencePeriod.Cumulative, null, 2025),
        ProducedMonth = "2026-12",
        Disclosure = new EvidenceDisclosure(10, 5, 1, 0),
        Participants = EvidenceCount.Withheld,
        Breakdowns = [],
        Metrics = [],
    };
}
