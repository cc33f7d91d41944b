using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Plans;

internal sealed class InterventionPlanConfiguration : IEntityTypeConfiguration<InterventionPlan>
{
    public void Configure(EntityTypeBuilder<InterventionPlan> b)
    {
        b.ToTable("Plans");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.CloseReason).HasMaxLength(2000);
        b.HasIndex(x => new { x.ParticipantId, x.Status });
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(g => g.PlanId);
        b.HasMany(x => x.Modules).WithOne().HasForeignKey(m => m.PlanId);
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> b) => b.ToTable("PlanGoals");
}

internal sealed class PlanModuleConfiguration : IEntityTypeConfiguration<PlanModule>
{
    public void Configure(EntityTypeBuilder<PlanModule> b)
    {
        b.ToTable("PlanModules");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.IndicationReason).HasMaxLength(4000);
    }
}

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> b)
    {
        b.ToTable("PlanReviews");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.PlanId);
        b.HasMany(x => x.Progress).WithOne().HasForeignKey(p => p.ReviewId);
    }
}

internal sealed class GoalProgressConfiguration : IEntityTypeConfiguration<GoalProgress>
{
    public void Configure(EntityTypeBuilder<GoalProgress> b)
    {
        b.ToTable("PlanGoalProgress");
        b.HasKey(x => new { x.ReviewId, x.GoalId });
    }
}
