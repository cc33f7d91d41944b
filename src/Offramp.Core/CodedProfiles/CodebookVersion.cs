using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;

namespace Offramp.Core.CodedProfiles;

/// <summary>
/// One version of an organisation's codebook. A draft can be re-imported; once published it never changes. The newest
/// published version is the one participants are coded on; every answer keeps the version it was coded on.
/// </summary>
public sealed class CodebookVersion : Entity
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public required string Label { get; set; }

    public CodebookStatus Status { get; set; } = CodebookStatus.Draft;

    /// <summary>The definition as stored by <see cref="CodebookParser.Serialize"/>.</summary>
    public required string Definition { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public CodebookDefinition Parsed() => CodebookParser.Parse(Definition);
}

public enum CodebookStatus
{
    Draft,
    Published,
}

internal sealed class CodebookVersionConfiguration : IEntityTypeConfiguration<CodebookVersion>
{
    public void Configure(EntityTypeBuilder<CodebookVersion> b)
    {
        b.ToTable("CodebookVersions");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Label).HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.OrganisationId, x.Name, x.Label }).IsUnique();
    }
}
