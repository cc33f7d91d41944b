using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Evidence.Signing;

/// <summary>
/// An organisation's Ed25519 key for signing the evidence it releases. The private half is stored wrapped by Data
/// Protection (whose master keys live outside the database); the public half and its key id are what a hub registers.
/// Rotation adds a key and retires the old one, which stays so earlier releases can still be checked.
/// </summary>
public sealed class PublishingKey
{
    public int Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>"ed25519:" and the first 16 hex digits of the public key's SHA-256.</summary>
    public required string KeyId { get; set; }

    public required byte[] PublicKey { get; set; }

    public required string WrappedPrivateKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}

public sealed class PublishingKeyConfiguration : IEntityTypeConfiguration<PublishingKey>
{
    public void Configure(EntityTypeBuilder<PublishingKey> builder)
    {
        builder.Property(k => k.KeyId).HasMaxLength(40);
        builder.Property(k => k.WrappedPrivateKey).HasMaxLength(2000);
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.HasIndex(k => new { k.OrganisationId, k.RetiredAt });
    }
}
