using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>The requester takes back a pending request; nobody else can.</summary>
public sealed class WithdrawRoleRequest(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task ExecuteAsync(Guid requestId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var request = await RoleRequestApprovers.VisibleAsync(db, scope, requestId, ct);
        if (request.RequestedByUserId != scope.UserId)
        {
            throw new ForbiddenException("Only the person who asked for the role can withdraw the request.");
        }

        var now = clock.UtcNow;
        RoleRequestApprovers.RequirePending(request, now);
        request.Status = RoleRequestStatus.Withdrawn;
        request.DecidedByUserId = scope.UserId;
        request.DecidedAt = now;
        db.Audit.Record(AuditActions.RoleRequestWithdrawn, AuditEntities.RoleRequest, request.Id, null, $"role {request.Role} in program {request.ProgramId} for user {request.UserId}");
        await db.SaveChangesAsync(ct);
    }
}
