using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// A profile version or a lesson the hub holds: received signed from a registered publisher (the signed file kept so
/// anyone can check it again), or taken in from the profiles shipped with Offramp (<see cref="PublisherId"/> null,
/// citing their published sources). A newer version of a program's profile supersedes the older, which is kept.
/// The columns are what the library page filters on; the document stays the source of truth.
/// </summary>
public sealed class HubLibraryItem
{
    public Guid Id { get; set; }

    public Guid HubOrganisationId { get; set; }

    /// <summary>The registered publisher; null for a profile taken from published sources.</summary>
    public Guid? PublisherId { get; set; }

    public string? KeyId { get; set; }

    /// <summary>The publisher's id of the program: a profile's lineage, and the link to the program's evidence bundles.</summary>
    public Guid ProgramId { get; set; }

    /// <summary>"profile" or "lesson".</summary>
    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string ProgramName { get; set; }

    public required string ProgramKind { get; set; }

    public string? Setting { get; set; }

    public string? Country { get; set; }

    public string? Region { get; set; }

    /// <summary>Comma-separated aims (profiles).</summary>
    public string Aims { get; set; } = "";

    /// <summary>Comma-separated tags (lessons).</summary>
    public string Tags { get; set; } = "";

    public int ProfileVersion { get; set; }

    public bool Superseded { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public Guid? ReceivedByUserId { get; set; }

    /// <summary>The document's canonical JSON (the signed payload, or the shipped profile).</summary>
    public required string Document { get; set; }

    public string? SignedFile { get; set; }
}

public sealed class HubLibraryItemConfiguration : IEntityTypeConfiguration<HubLibraryItem>
{
    public void Configure(EntityTypeBuilder<HubLibraryItem> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.KeyId).HasMaxLength(40);
        builder.Property(i => i.Kind).HasMaxLength(12);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.ProgramName).HasMaxLength(200);
        builder.Property(i => i.ProgramKind).HasMaxLength(60);
        builder.Property(i => i.Setting).HasMaxLength(60);
        builder.Property(i => i.Country).HasMaxLength(200);
        builder.Property(i => i.Region).HasMaxLength(200);
        builder.Property(i => i.Aims).HasMaxLength(200);
        builder.Property(i => i.Tags).HasMaxLength(400);
        builder.HasIndex(i => new { i.HubOrganisationId, i.Kind, i.Superseded });
        builder.HasIndex(i => new { i.HubOrganisationId, i.PublisherId, i.ProgramId });
    }
}

/// <summary>
/// Someone at the hub follows a program's profile: the library shows them what the program published since they last
/// opened it (a new profile version, lessons, evidence bundles).
/// </summary>
public sealed class HubLibraryFollow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HubOrganisationId { get; set; }

    public Guid UserId { get; set; }

    public Guid? PublisherId { get; set; }

    public Guid ProgramId { get; set; }

    public DateTimeOffset FollowedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}

public sealed class HubLibraryFollowConfiguration : IEntityTypeConfiguration<HubLibraryFollow>
{
    public void Configure(EntityTypeBuilder<HubLibraryFollow> builder)
    {
        builder.HasIndex(f => new { f.UserId, f.PublisherId, f.ProgramId }).IsUnique();
    }
}
