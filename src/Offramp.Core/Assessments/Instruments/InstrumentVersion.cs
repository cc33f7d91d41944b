using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// One version of an organisation's instrument. A draft can be re-imported; once published it never changes, and
/// every assessment points at the version it was made on.
/// </summary>
public sealed class InstrumentVersion : Entity
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>The version label of the file ("1.0").</summary>
    public required string Label { get; set; }

    public InstrumentStatus Status { get; set; } = InstrumentStatus.Draft;

    /// <summary>The definition as canonical JSON (see <see cref="InstrumentParser"/>).</summary>
    public required string Definition { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public InstrumentDefinition Parsed() => InstrumentParser.Parse(Definition);
}

public enum InstrumentStatus
{
    Draft,
    Published,
}

internal sealed class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> b)
    {
        b.ToTable("InstrumentVersions");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Label).HasMaxLength(40);
        b.HasIndex(x => new { x.OrganisationId, x.Name, x.Label }).IsUnique();
    }
}
