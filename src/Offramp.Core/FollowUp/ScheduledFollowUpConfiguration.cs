using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.FollowUp;

internal sealed class ScheduledFollowUpConfiguration : IEntityTypeConfiguration<ScheduledFollowUp>
{
    public void Configure(EntityTypeBuilder<ScheduledFollowUp> b)
    {
        b.ToTable("FollowUps");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ParticipantId, x.Status, x.DueOn });
    }
}
