using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;

namespace Offramp.Core.Library.Publishing;

/// <summary>
/// A profile version or a lesson on its way to the practice library: written and proposed by a program's director or
/// evaluator, read by a second person, a director who did not propose it, and released (signed) with a fresh step-up.
/// Every release is kept: what has left cannot be called back, and a profile's versions are its history.
/// </summary>
public sealed class LibraryRelease : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    /// <summary><see cref="Content.LibraryKinds"/>: "profile" or "lesson".</summary>
    public required string Kind { get; set; }

    /// <summary>A profile's version number (1, 2, ...); 1 for a lesson.</summary>
    public int ProfileVersion { get; set; }

    public required string Title { get; set; }

    public LibraryReleaseStatus Status { get; set; }

    /// <summary>The document's canonical JSON: exactly what the reviewer reads and what is signed on release.</summary>
    public required string Document { get; set; }

    public Guid ProposedByUserId { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? SignedFile { get; set; }

    public string? KeyId { get; set; }
}

public enum LibraryReleaseStatus
{
    Proposed,
    Released,
    Discarded,
}

public sealed class LibraryReleaseConfiguration : IEntityTypeConfiguration<LibraryRelease>
{
    public void Configure(EntityTypeBuilder<LibraryRelease> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(12);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.KeyId).HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ProgramId, r.Kind, r.Status });
    }
}
