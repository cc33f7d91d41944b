using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Retention;

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> b)
    {
        b.ToTable("LegalHolds");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> b)
    {
        b.ToTable("RetentionRules");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ProgramId, x.RecordType }).IsUnique();
    }
}
