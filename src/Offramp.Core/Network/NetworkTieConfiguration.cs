using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Network;

internal sealed class NetworkTieConfiguration : IEntityTypeConfiguration<NetworkTie>
{
    public void Configure(EntityTypeBuilder<NetworkTie> b)
    {
        b.ToTable("NetworkTies");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ParticipantId);
    }
}
