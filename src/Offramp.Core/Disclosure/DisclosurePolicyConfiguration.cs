using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Disclosure;

internal sealed class DisclosurePolicyConfiguration : IEntityTypeConfiguration<DisclosurePolicy>
{
    public void Configure(EntityTypeBuilder<DisclosurePolicy> b)
    {
        b.ToTable("DisclosurePolicies");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Thresholds).HasMaxLength(4000);
        b.Property(x => x.Agencies).HasMaxLength(4000);
        b.HasIndex(x => x.OrganisationId).IsUnique();
        b.Ignore(x => x.ThresholdList);
        b.Ignore(x => x.AgencyList);
    }
}
