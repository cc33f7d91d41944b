using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Formulation;

internal sealed class CaseFormulationConfiguration : IEntityTypeConfiguration<CaseFormulation>
{
    public void Configure(EntityTypeBuilder<CaseFormulation> b)
    {
        b.ToTable("Formulations");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.PrimitiveCollection(x => x.ContributorUserIds);
        b.HasIndex(x => new { x.ParticipantId, x.Revision }).IsUnique();
    }
}
