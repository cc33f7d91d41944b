using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Organisations.Admin;

namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>
/// The second person's approval, with a fresh step-up: only now is the role granted. The grant is re-checked against
/// separation of duties (the grantee may have become an admin meanwhile) and audited twice in one transaction: the
/// approval by the approver, and the grant itself.
/// </summary>
public sealed class ApproveRoleRequest(OfframpDbContext db, ScopeLoader scopes, StepUpGuard stepUp, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid requestId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var request = await RoleRequestApprovers.VisibleAsync(db, scope, requestId, ct);
        var now = clock.UtcNow;
        RoleRequestApprovers.RequirePending(request, now);
        if (await RoleRequestApprovers.RefusalAsync(db, request, scope, ct) is { } refusal)
        {
            throw new ForbiddenException(refusal);
        }

        await stepUp.RequireFreshAsync(scope.UserId, ct);
        var assignment = await RoleGranting.GrantAsync(db, request.OrganisationId, request.UserId, request.Role, request.ProgramId, ct);
        request.Status = RoleRequestStatus.Approved;
        request.DecidedByUserId = scope.UserId;
        request.DecidedAt = now;
        request.AssignmentId = assignment.Id;
        db.Audit.Record(AuditActions.RoleRequestApproved, AuditEntities.RoleRequest, request.Id, null,
            $"role {request.Role} in program {request.ProgramId} for user {request.UserId}, requested by {request.RequestedByUserId}, approved with step-up");
        await db.SaveChangesAsync(ct);
        return assignment.Id;
    }
}
