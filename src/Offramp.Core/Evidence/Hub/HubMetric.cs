using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// One metric of an accepted bundle, in the columns the compare page lays side by side. Written once at receipt, so
/// comparing a thousand bundles reads a few thousand narrow rows instead of parsing a thousand documents per request.
/// The signed document stays the source of truth: these rows are derived from it and never edited.
/// </summary>
public sealed class HubMetric
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HubBundleId { get; set; }

    public Guid HubOrganisationId { get; set; }

    /// <summary>What makes two programs' metrics the same measure (<see cref="ComparableMetric.Signature"/>).</summary>
    public required string Signature { get; set; }

    public required string Title { get; set; }

    public int? Included { get; set; }

    public double? Proportion { get; set; }

    public double? ProportionLower { get; set; }

    public double? ProportionUpper { get; set; }

    public double? RiskDifference { get; set; }

    public double? RiskDifferenceLower { get; set; }

    public double? RiskDifferenceUpper { get; set; }

    public double? HazardRatio { get; set; }

    public double? HazardRatioLower { get; set; }

    public double? HazardRatioUpper { get; set; }

    public static IEnumerable<HubMetric> Of(HubBundle received, EvidenceBundle bundle) => bundle.Metrics.Select(m => new HubMetric
    {
        HubBundleId = received.Id,
        HubOrganisationId = received.HubOrganisationId,
        Signature = ComparableMetric.Signature(m),
        Title = ComparableMetric.Title(m),
        Included = m.Overall.Included.Value,
        Proportion = m.Overall.Estimate?.Value,
        ProportionLower = m.Overall.Estimate?.Lower,
        ProportionUpper = m.Overall.Estimate?.Upper,
        RiskDifference = m.Comparison?.RiskDifference?.Value,
        RiskDifferenceLower = m.Comparison?.RiskDifference?.Lower,
        RiskDifferenceUpper = m.Comparison?.RiskDifference?.Upper,
        HazardRatio = m.Comparison?.HazardRatio?.Value,
        HazardRatioLower = m.Comparison?.HazardRatio?.Lower,
        HazardRatioUpper = m.Comparison?.HazardRatio?.Upper,
    });

    public EvidenceEstimate? ProportionEstimate => Estimate(Proportion, ProportionLower, ProportionUpper);

    public EvidenceEstimate? RiskDifferenceEstimate => Estimate(RiskDifference, RiskDifferenceLower, RiskDifferenceUpper);

    public EvidenceEstimate? HazardRatioEstimate => Estimate(HazardRatio, HazardRatioLower, HazardRatioUpper);

    private static EvidenceEstimate? Estimate(double? value, double? lower, double? upper) =>
        value is { } v && lower is { } lo && upper is { } hi ? new EvidenceEstimate(v, lo, hi) : null;
}

public sealed class HubMetricConfiguration : IEntityTypeConfiguration<HubMetric>
{
    public void Configure(EntityTypeBuilder<HubMetric> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Signature).HasMaxLength(300);
        builder.Property(m => m.Title).HasMaxLength(400);
        builder.Ignore(m => m.ProportionEstimate);
        builder.Ignore(m => m.RiskDifferenceEstimate);
        builder.Ignore(m => m.HazardRatioEstimate);
        builder.HasOne<HubBundle>().WithMany().HasForeignKey(m => m.HubBundleId);
        builder.HasIndex(m => new { m.HubOrganisationId, m.HubBundleId });
    }
}
