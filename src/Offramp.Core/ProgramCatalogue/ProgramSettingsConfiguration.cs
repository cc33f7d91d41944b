using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.ProgramCatalogue;

internal sealed class ProgramSettingsConfiguration : IEntityTypeConfiguration<ProgramSettings>
{
    public void Configure(EntityTypeBuilder<ProgramSettings> b)
    {
        b.ToTable("ProgramSettings");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ProgramId).IsUnique();
        b.PrimitiveCollection(x => x.FollowUpMonths);
    }
}
