using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Mentoring;

internal sealed class MentorProfileConfiguration : IEntityTypeConfiguration<MentorProfile>
{
    public void Configure(EntityTypeBuilder<MentorProfile> b)
    {
        b.ToTable("Mentors");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.BackgroundNote).HasMaxLength(1000);
        b.Property(x => x.Languages).HasMaxLength(200);
        b.Property(x => x.TrainingCourse).HasMaxLength(200);
        b.Property(x => x.Availability).HasMaxLength(500);
        b.HasIndex(x => new { x.ProgramId, x.UserId }).IsUnique();
    }
}

internal sealed class MentoringAgreementConfiguration : IEntityTypeConfiguration<MentoringAgreement>
{
    public void Configure(EntityTypeBuilder<MentoringAgreement> b)
    {
        b.ToTable("MentoringAgreements");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ParticipantId, x.Status });
        b.HasIndex(x => new { x.MentorUserId, x.Status });
    }
}

internal sealed class AgreementReviewConfiguration : IEntityTypeConfiguration<AgreementReview>
{
    public void Configure(EntityTypeBuilder<AgreementReview> b)
    {
        b.ToTable("AgreementReviews");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.AgreementId);
    }
}
