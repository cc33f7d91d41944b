using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Certifications;

/// <summary>A user's certification to rate an instrument (by name, all versions), valid until a date.</summary>
public sealed class AssessorCertification : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public required string InstrumentName { get; set; }

    public DateOnly CertifiedOn { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>Certificate number or training course, as the licensor names it.</summary>
    public string? Reference { get; set; }

    public bool IsValidOn(DateOnly day) => CertifiedOn <= day && day <= ValidUntil;
}

internal sealed class AssessorCertificationConfiguration : IEntityTypeConfiguration<AssessorCertification>
{
    public void Configure(EntityTypeBuilder<AssessorCertification> b)
    {
        b.ToTable("AssessorCertifications");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.InstrumentName).HasMaxLength(200);
        b.Property(x => x.Reference).HasMaxLength(200);
        b.HasIndex(x => new { x.OrganisationId, x.UserId, x.InstrumentName });
    }
}
