using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Transition;

internal sealed class TransitionPlanConfiguration : IEntityTypeConfiguration<TransitionPlan>
{
    public void Configure(EntityTypeBuilder<TransitionPlan> b)
    {
        b.ToTable("TransitionPlans");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ParticipantId).IsUnique();
    }
}
