using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Evaluation.Metrics;

internal sealed class MetricDefinitionConfiguration : IEntityTypeConfiguration<MetricDefinition>
{
    public void Configure(EntityTypeBuilder<MetricDefinition> b)
    {
        b.ToTable("EvaluationMetrics");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.OutcomeTypes).HasMaxLength(1000);
        b.Property(x => x.InstrumentName).HasMaxLength(200);

        // Two names of up to 200 characters and their JSON.
        b.Property(x => x.NameTranslations).HasMaxLength(1000);

        // Five ids of 36 characters and their four commas.
        b.Property(x => x.ComponentMetricIds).HasMaxLength(200);
        b.HasIndex(x => new { x.ProgramId, x.Name }).IsUnique();
        b.Ignore(x => x.Types);
        b.Ignore(x => x.Components);
        b.Ignore(x => x.Translations);
    }
}
