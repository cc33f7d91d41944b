using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;
using Offramp.Core.Participants;

namespace Offramp.Core.Assessments.Observations;

/// <summary>
/// Something seen or reported about the participant, from a named kind of source with a stated reliability, that raters
/// can attach to items as evidence. The description is sealed like any free text about a person.
/// </summary>
public sealed class Observation : Entity
{
    public Guid ParticipantId { get; set; }

    public DateOnly ObservedOn { get; set; }

    public ObservationSource Source { get; set; }

    public ObservationReliability Reliability { get; set; }

    public byte[]? DescriptionSealed { get; set; }

    public Guid RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public List<ObservationLink> Links { get; set; } = [];
}

/// <summary>An observation offered as evidence for one item of one assessment.</summary>
public sealed class ObservationLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ObservationId { get; set; }

    public Guid AssessmentId { get; set; }

    public required string ItemKey { get; set; }
}

public enum ObservationSource
{
    Staff,
    Mentor,
    Family,
    OtherParticipant,
    CameraOrRecordsReview,
    Other,
}

/// <summary>How far the source can be relied on, as the person recording it judges.</summary>
public enum ObservationReliability
{
    Confirmed,
    Probable,
    Unconfirmed,
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> b)
    {
        b.ToTable("AssessmentObservations");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ParticipantId, x.ObservedOn });
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Links).WithOne().HasForeignKey(l => l.ObservationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObservationLinkConfiguration : IEntityTypeConfiguration<ObservationLink>
{
    public void Configure(EntityTypeBuilder<ObservationLink> b)
    {
        b.ToTable("AssessmentObservationLinks");
        b.Property(x => x.ItemKey).HasMaxLength(60);
        b.HasIndex(x => new { x.AssessmentId, x.ItemKey });
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
