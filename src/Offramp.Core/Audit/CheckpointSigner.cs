using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Offramp.Core.Security;

namespace Offramp.Core.Audit;

/// <summary>HMAC-SHA256 under the audit-signing key of the key ring: only the application can mint a valid checkpoint.</summary>
public sealed class CheckpointSigner(KeyRing keys)
{
    public string Sign(long sequence, string hash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.AuditSigningKey, Payload(sequence, hash)));

    /// <summary>
    /// Loads the key ring now. Called before a write transaction opens: on first use the key ring creates its keys
    /// through its own connection, which SQLite would block behind our own write lock until busy_timeout fails it.
    /// </summary>
    public void EnsureKeyLoaded() => _ = keys.AuditSigningKey;

    public bool IsValid(AuditCheckpoint checkpoint) =>
        CryptographicOperations.FixedTimeEquals(
            Convert.FromHexString(Sign(checkpoint.Sequence, checkpoint.Hash)),
            Convert.FromHexString(checkpoint.Signature));

    private static byte[] Payload(long sequence, string hash) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"offramp-audit-checkpoint:{sequence}:{hash}"));
}
