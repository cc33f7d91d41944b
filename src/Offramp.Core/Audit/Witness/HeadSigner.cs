using System.Security.Cryptography;

using NSec.Cryptography;

using Offramp.Core.Security;

namespace Offramp.Core.Audit.Witness;

/// <summary>
/// Ed25519 signatures over audit heads. The private key is derived (HKDF) from the key ring's audit-signing key, so
/// every instance sharing the key ring signs with the same key and nothing new has to be stored; the public key is all
/// anyone needs to check an exported head or a witness line, without being able to mint one.
/// </summary>
public sealed class HeadSigner(KeyRing keys) : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Lock gate = new();
    private Key? key;

    public string PublicKeyHex => Convert.ToHexStringLower(Load().PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public SignedHead Sign(string kind, long sequence, string hash, DateTimeOffset at, long? rolledBackFrom = null)
    {
        var signedAt = SignedHead.FormatTime(at);
        var signature = Algorithm.Sign(Load(), SignedHead.Payload(kind, sequence, hash, signedAt, rolledBackFrom));
        return new SignedHead
        {
            Kind = kind,
            Sequence = sequence,
            Hash = hash,
            SignedAt = signedAt,
            RolledBackFrom = rolledBackFrom,
            Signature = Convert.ToHexStringLower(signature),
        };
    }

    public bool Verifies(SignedHead head)
    {
        byte[] signature;
        try
        {
            signature = Convert.FromHexString(head.Signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return Algorithm.Verify(Load().PublicKey, head.Payload(), signature);
    }

    /// <summary>Derives the key now, e.g. while the key ring can still be read.</summary>
    public void Warm() => Load();

    public void Dispose() => key?.Dispose();

    private Key Load()
    {
        lock (gate)
        {
            if (key is null)
            {
                var seed = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys.AuditSigningKey, 32, [], "offramp-audit-head-ed25519"u8.ToArray());
                key = Key.Import(Algorithm, seed, KeyBlobFormat.RawPrivateKey);
                CryptographicOperations.ZeroMemory(seed);
            }

            return key;
        }
    }
}
