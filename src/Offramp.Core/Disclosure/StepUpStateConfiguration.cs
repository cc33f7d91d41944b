using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Disclosure;

internal sealed class StepUpStateConfiguration : IEntityTypeConfiguration<StepUpState>
{
    public void Configure(EntityTypeBuilder<StepUpState> b)
    {
        b.ToTable("StepUpStates");
        b.HasKey(x => x.UserId);
        b.Property(x => x.UserId).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
