using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// A bundle the hub accepted: the signed file as received (so anyone can check it again) and the columns the compare
/// page filters on. A correction supersedes the earlier bundle of the same program and period, which is kept.
/// </summary>
public sealed class HubBundle
{
    public Guid Id { get; set; }

    public Guid HubOrganisationId { get; set; }

    public Guid PublisherId { get; set; }

    public required string KeyId { get; set; }

    /// <summary>The publisher's id of the program: the same program across its bundles.</summary>
    public Guid ProgramId { get; set; }

    public required string ProgramName { get; set; }

    public required string ProgramKind { get; set; }

    public string? Country { get; set; }

    public string? Region { get; set; }

    /// <summary>Comma-separated movement codes.</summary>
    public string Movements { get; set; } = "";

    /// <summary>Comma-separated aim codes.</summary>
    public string Aims { get; set; } = "";

    public required string PeriodCode { get; set; }

    /// <summary>The coded fields the bundle breaks down by, as JSON (<see cref="HubCodedField"/>s): what the compare page offers to break down by.</summary>
    public string CodedFields { get; set; } = "[]";

    public bool Superseded { get; set; }

    public Guid? SupersedesBundleId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public Guid ReceivedByUserId { get; set; }

    /// <summary>The bundle's canonical JSON (the signed payload).</summary>
    public required string Document { get; set; }

    public required string SignedFile { get; set; }
}

public sealed class HubBundleConfiguration : IEntityTypeConfiguration<HubBundle>
{
    public void Configure(EntityTypeBuilder<HubBundle> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.KeyId).HasMaxLength(40);
        builder.Property(b => b.ProgramName).HasMaxLength(200);
        builder.Property(b => b.ProgramKind).HasMaxLength(60);
        builder.Property(b => b.Country).HasMaxLength(200);
        builder.Property(b => b.Region).HasMaxLength(200);
        builder.Property(b => b.Movements).HasMaxLength(400);
        builder.Property(b => b.Aims).HasMaxLength(400);
        builder.Property(b => b.PeriodCode).HasMaxLength(12);
        builder.Property(b => b.CodedFields).HasMaxLength(1200);
        builder.HasIndex(b => new { b.HubOrganisationId, b.Superseded, b.PeriodCode });
        builder.HasIndex(b => new { b.HubOrganisationId, b.ProgramId, b.PeriodCode });
    }
}
