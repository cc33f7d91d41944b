using System.ComponentModel.DataAnnotations;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>
/// Someone who may approve a request declines it, with a reason the requester reads. Declining opens nothing, so it
/// needs no step-up.
/// </summary>
public sealed class DeclineRoleRequest(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task ExecuteAsync(Guid requestId, DeclineRoleRequestCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var request = await RoleRequestApprovers.VisibleAsync(db, scope, requestId, ct);
        var now = clock.UtcNow;
        RoleRequestApprovers.RequirePending(request, now);
        if (await RoleRequestApprovers.RefusalAsync(db, request, scope, ct) is { } refusal)
        {
            throw new ForbiddenException(refusal);
        }

        CommandValidation.Ensure(command);
        request.Status = RoleRequestStatus.Declined;
        request.DecidedByUserId = scope.UserId;
        request.DecidedAt = now;
        request.DeclineReason = command.Reason!.Trim();
        db.Audit.Record(AuditActions.RoleRequestDeclined, AuditEntities.RoleRequest, request.Id, null, $"role {request.Role} in program {request.ProgramId} for user {request.UserId}");
        await db.SaveChangesAsync(ct);
    }
}

public sealed class DeclineRoleRequestCommand
{
    public const int MaxReasonLength = 500;

    [Required(AllowEmptyStrings = false, ErrorMessage = "Say why the request is declined.")]
    [StringLength(MaxReasonLength, ErrorMessage = "Keep the reason under 500 characters.")]
    public string? Reason { get; set; }
}
