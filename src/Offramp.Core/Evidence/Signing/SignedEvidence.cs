using System.Text.Json;

using NSec.Cryptography;

namespace Offramp.Core.Evidence.Signing;

/// <summary>
/// A released bundle as a file: the canonical JSON of the bundle, base64 in <see cref="Payload"/> so no reformatting
/// on the way can break the signature, and the Ed25519 signature over exactly those bytes. Anyone can check it with
/// the public key alone (docs/evidence.md gives the openssl command).
/// </summary>
public sealed record SignedEvidence(string Format, string Algorithm, string KeyId, string PublicKey, string Payload, string Signature)
{
    public const string FormatId = "offramp-signed-evidence/1";

    public byte[] PayloadBytes() => Convert.FromBase64String(Payload);

    public byte[] ToFileBytes() => JsonSerializer.SerializeToUtf8Bytes(this, FileOptions);

    public static SignedEvidence Create(string keyId, byte[] publicKey, byte[] payload, byte[] signature) =>
        new(FormatId, "Ed25519", keyId, Convert.ToBase64String(publicKey), Convert.ToBase64String(payload), Convert.ToBase64String(signature));

    /// <summary>True when <see cref="Signature"/> is <paramref name="publicKey"/>'s signature of the payload bytes.</summary>
    public bool IsSignedBy(byte[] publicKey)
    {
        try
        {
            var key = NSec.Cryptography.PublicKey.Import(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey);
            return SignatureAlgorithm.Ed25519.Verify(key, PayloadBytes(), Convert.FromBase64String(Signature));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }
    }

    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
