using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Organisations.RoleRequests;

internal sealed class RoleRequestConfiguration : IEntityTypeConfiguration<RoleRequest>
{
    public void Configure(EntityTypeBuilder<RoleRequest> b)
    {
        b.ToTable("RoleRequests");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.DeclineReason).HasMaxLength(DeclineRoleRequestCommand.MaxReasonLength);
        b.HasIndex(x => new { x.OrganisationId, x.Status });
        b.HasIndex(x => new { x.UserId, x.ProgramId, x.Role, x.Status });
    }
}
