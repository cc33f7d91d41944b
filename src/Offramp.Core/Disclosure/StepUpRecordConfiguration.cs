using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Disclosure;

internal sealed class StepUpRecordConfiguration : IEntityTypeConfiguration<StepUpRecord>
{
    public void Configure(EntityTypeBuilder<StepUpRecord> b)
    {
        b.ToTable("StepUps");
        b.HasIndex(x => new { x.UserId, x.VerifiedAt });
    }
}
