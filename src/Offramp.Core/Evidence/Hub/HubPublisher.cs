using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;

namespace Offramp.Core.Evidence.Hub;

/// <summary>An organisation whose signed bundles the hub accepts, registered by the hub's admin with its public keys.</summary>
public sealed class HubPublisher : Entity
{
    public Guid HubOrganisationId { get; set; }

    public required string Name { get; set; }

    public Guid RegisteredByUserId { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public List<HubPublisherKey> Keys { get; set; } = [];
}

/// <summary>A publisher's Ed25519 public key; once revoked, nothing signed with it is accepted any more.</summary>
public sealed class HubPublisherKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PublisherId { get; set; }

    public required string KeyId { get; set; }

    public required byte[] PublicKey { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public Guid? RevokedByUserId { get; set; }
}

public sealed class HubPublisherConfiguration : IEntityTypeConfiguration<HubPublisher>
{
    public void Configure(EntityTypeBuilder<HubPublisher> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.HubOrganisationId, p.Name }).IsUnique();
        builder.HasMany(p => p.Keys).WithOne().HasForeignKey(k => k.PublisherId);
    }
}

public sealed class HubPublisherKeyConfiguration : IEntityTypeConfiguration<HubPublisherKey>
{
    public void Configure(EntityTypeBuilder<HubPublisherKey> builder)
    {
        builder.Property(k => k.KeyId).HasMaxLength(40);
        builder.HasIndex(k => new { k.PublisherId, k.KeyId }).IsUnique();
    }
}
