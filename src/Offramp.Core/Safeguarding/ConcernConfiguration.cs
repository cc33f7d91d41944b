using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Safeguarding;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> b)
    {
        b.ToTable("Concerns");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ObservedBy).HasMaxLength(200);
        b.HasIndex(x => x.ParticipantId);
        b.HasIndex(x => new { x.ProgramId, x.Status });
    }
}
