using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Outcomes;

internal sealed class OutcomeEventConfiguration : IEntityTypeConfiguration<OutcomeEvent>
{
    public void Configure(EntityTypeBuilder<OutcomeEvent> b)
    {
        b.ToTable("Outcomes");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.RetractionReason).HasMaxLength(2000);
        b.HasIndex(x => new { x.ParticipantId, x.OccurredOn });
        b.HasIndex(x => new { x.Type, x.OccurredOn });
        b.Ignore(x => x.IsRetracted);
    }
}
