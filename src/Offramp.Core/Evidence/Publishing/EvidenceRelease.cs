using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>
/// A bundle on its way out: proposed by one person, reviewed field by field and released (signed) by the program's
/// director, a second person. A correction of an earlier release supersedes it; every release is kept, because what
/// has left cannot be called back and later releases must be checked against it.
/// </summary>
public sealed class EvidenceRelease : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    /// <summary>"2025", or "all-2025" for the cumulative period through 2025.</summary>
    public required string PeriodCode { get; set; }

    public EvidenceReleaseStatus Status { get; set; }

    /// <summary>The bundle's canonical JSON: exactly what the reviewer sees and what is signed on release.</summary>
    public required string Document { get; set; }

    public Guid ProposedByUserId { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The signed file as released (see <see cref="Signing.SignedEvidence"/>).</summary>
    public string? SignedFile { get; set; }

    public string? KeyId { get; set; }

    public Guid? SupersedesId { get; set; }
}

public enum EvidenceReleaseStatus
{
    Proposed,
    Released,
    Discarded,

    /// <summary>Released, then corrected by a later release of the same period; still public, so still counted.</summary>
    Superseded,
}

public sealed class EvidenceReleaseConfiguration : IEntityTypeConfiguration<EvidenceRelease>
{
    public void Configure(EntityTypeBuilder<EvidenceRelease> builder)
    {
        builder.Property(r => r.PeriodCode).HasMaxLength(12);
        builder.Property(r => r.KeyId).HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ProgramId, r.Status, r.PeriodCode });
    }
}
