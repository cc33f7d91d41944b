using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Disclosure;

internal sealed class DisclosureEntryConfiguration : IEntityTypeConfiguration<DisclosureEntry>
{
    public void Configure(EntityTypeBuilder<DisclosureEntry> b)
    {
        b.ToTable("DisclosureRegister");
        b.Property(x => x.Threshold).HasMaxLength(200);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.Property(x => x.RecipientAgency).HasMaxLength(200);
        b.Property(x => x.Fields).HasMaxLength(500);
        b.Property(x => x.ContentSha256).HasMaxLength(64);
        b.HasIndex(x => x.ParticipantId);
        b.HasIndex(x => new { x.ProgramId, x.RecordedAt });
        b.HasIndex(x => x.RefersToEntryId);
    }
}
