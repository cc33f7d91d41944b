using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Erasure;

internal sealed class ErasureRecordConfiguration : IEntityTypeConfiguration<ErasureRecord>
{
    public void Configure(EntityTypeBuilder<ErasureRecord> b)
    {
        b.ToTable("ErasureRecords");
        b.Property(x => x.Reference).HasMaxLength(200);
        b.HasIndex(x => x.ParticipantId);
    }
}
