using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.BreakGlass;

internal sealed class BreakGlassGrantConfiguration : IEntityTypeConfiguration<BreakGlassGrant>
{
    public void Configure(EntityTypeBuilder<BreakGlassGrant> b)
    {
        b.ToTable("BreakGlassGrants");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ReviewNote).HasMaxLength(2000);
        b.HasIndex(x => new { x.UserId, x.ParticipantId, x.ExpiresAt });
        b.HasIndex(x => new { x.ProgramId, x.Review });
    }
}
