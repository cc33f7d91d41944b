using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Transfers;

internal sealed class ParticipantTransferConfiguration : IEntityTypeConfiguration<ParticipantTransfer>
{
    public void Configure(EntityTypeBuilder<ParticipantTransfer> b)
    {
        b.ToTable("Transfers");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Shared).HasConversion<int>();
        b.Property(x => x.DecisionReason).HasMaxLength(2000);
        b.HasIndex(x => new { x.TargetProgramId, x.Status });
        b.HasIndex(x => x.ParticipantId);
        b.Ignore(x => x.WithinOrganisation);
    }
}
