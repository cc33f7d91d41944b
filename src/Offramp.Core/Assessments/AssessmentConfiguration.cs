using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Participants;

namespace Offramp.Core.Assessments;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("Assessments");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OverallJudgement).HasMaxLength(60);
        b.HasIndex(x => new { x.ParticipantId, x.AssessedOn });
        b.HasIndex(x => new { x.ProgramId, x.Status });
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InstrumentVersion>().WithMany().HasForeignKey(x => x.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Submissions).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Consensus).WithOne().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RaterSubmissionConfiguration : IEntityTypeConfiguration<RaterSubmission>
{
    public void Configure(EntityTypeBuilder<RaterSubmission> b)
    {
        b.ToTable("AssessmentSubmissions");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OverallJudgement).HasMaxLength(60);

        // Each rater submits once: the database refuses a second submission even if two requests race.
        b.HasIndex(x => new { x.AssessmentId, x.RaterUserId }).IsUnique();
        b.HasMany(x => x.Ratings).WithOne().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItemRatingConfiguration : IEntityTypeConfiguration<ItemRating>
{
    public void Configure(EntityTypeBuilder<ItemRating> b)
    {
        b.ToTable("AssessmentItemRatings");
        b.Property(x => x.ItemKey).HasMaxLength(60);
        b.Property(x => x.Level).HasMaxLength(60);
        b.HasIndex(x => new { x.SubmissionId, x.ItemKey }).IsUnique();
    }
}

internal sealed class ConsensusRatingConfiguration : IEntityTypeConfiguration<ConsensusRating>
{
    public void Configure(EntityTypeBuilder<ConsensusRating> b)
    {
        b.ToTable("AssessmentConsensus");
        b.Property(x => x.ItemKey).HasMaxLength(60);
        b.Property(x => x.Level).HasMaxLength(60);
        b.HasIndex(x => new { x.AssessmentId, x.ItemKey }).IsUnique();
    }
}
