namespace Offramp.Core.Security;

/// <summary>
/// A data key, stored wrapped by ASP.NET Core Data Protection (whose master keys live outside the database).
/// A stolen database alone therefore yields ciphertext only.
/// </summary>
public sealed class ProtectedKey
{
    public int Id { get; set; }

    public KeyPurpose Purpose { get; set; }

    public required string WrappedMaterial { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set once nothing is sealed under this key any more (after a rotation finishes).</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}

public enum KeyPurpose
{
    FieldEncryption,
    BlindIndex,
    AuditSigning,
}
