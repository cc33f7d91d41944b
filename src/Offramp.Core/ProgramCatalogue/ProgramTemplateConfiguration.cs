using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.ProgramCatalogue;

internal sealed class ProgramTemplateConfiguration : IEntityTypeConfiguration<ProgramTemplate>
{
    public void Configure(EntityTypeBuilder<ProgramTemplate> b)
    {
        b.ToTable("ProgramTemplates");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Key).HasMaxLength(60);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Origin).HasMaxLength(200);
        b.Property(x => x.TargetGroup).HasMaxLength(2000);
        b.Property(x => x.SuccessMeasure).HasMaxLength(2000);
        b.Property(x => x.SourceGaps).HasMaxLength(2000);
        b.PrimitiveCollection(x => x.FollowUpMonths);
        b.HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique();
        b.HasMany(x => x.Modules).WithOne().HasForeignKey(m => m.TemplateId);
    }
}

internal sealed class TemplateModuleConfiguration : IEntityTypeConfiguration<TemplateModule>
{
    public void Configure(EntityTypeBuilder<TemplateModule> b)
    {
        b.ToTable("TemplateModules");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
    }
}
