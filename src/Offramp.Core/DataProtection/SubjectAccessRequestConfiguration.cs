using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.DataProtection;

internal sealed class SubjectAccessRequestConfiguration : IEntityTypeConfiguration<SubjectAccessRequest>
{
    public void Configure(EntityTypeBuilder<SubjectAccessRequest> b)
    {
        b.ToTable("SubjectAccessRequests");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ParticipantId);
    }
}
