using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Organisations.RoleRequests;

namespace Offramp.Core.Organisations.Admin;

/// <summary>
/// Grants and revokes role memberships from the admin screens and the API. Separation of duties: nobody grants
/// themselves a role; a role that opens case content (every program role) becomes a <see cref="RoleRequest"/> that a
/// second person approves; admin and auditor are granted at once. Either needs a fresh step-up.
/// </summary>
public sealed class ManageRoles(OfframpDbContext db, ScopeLoader scopes, StepUpGuard stepUp, IClock clock)
{
    public async Task<RoleGrantOutcome> GrantAsync(Guid userId, Role role, Guid? programId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        if (userId == scope.UserId)
        {
            db.Audit.Record(AuditActions.RoleSelfGrantRefused, AuditEntities.User, userId, null, $"role {role}");
            await db.SaveChangesAsync(ct);
            throw new ForbiddenException("Nobody grants themselves a role: another admin must ask for it, and a second person approve it.");
        }

        programId = await RoleGranting.CheckAsync(db, scope.OrganisationId, userId, role, programId, ct);
        if (!RoleDuties.OpensCaseContent(role))
        {
            await stepUp.RequireFreshAsync(scope.UserId, ct);
            var assignment = await RoleGranting.GrantAsync(db, scope.OrganisationId, userId, role, programId, ct);
            await db.SaveChangesAsync(ct);
            return new RoleGrantOutcome(assignment.Id, RoleGrantStatus.Granted, null);
        }

        var program = programId!.Value;
        if (await db.Set<RoleRequest>().AnyAsync(r => r.UserId == userId && r.ProgramId == program && r.Role == role
            && r.Status == RoleRequestStatus.Pending && r.ExpiresAt > clock.UtcNow, ct))
        {
            throw new ConflictException("A request for this role is already waiting for approval.");
        }

        await stepUp.RequireFreshAsync(scope.UserId, ct);
        var now = clock.UtcNow;
        var request = new RoleRequest
        {
            OrganisationId = scope.OrganisationId,
            UserId = userId,
            Role = role,
            ProgramId = program,
            RequestedByUserId = scope.UserId,
            RequestedAt = now,
            ExpiresAt = now + RoleRequest.Lifetime,
        };
        db.Set<RoleRequest>().Add(request);
        db.Audit.Record(AuditActions.RoleRequested, AuditEntities.RoleRequest, request.Id, null,
            $"role {role} in program {program} for user {userId}; awaits a second person's approval");
        await db.SaveChangesAsync(ct);
        return new RoleGrantOutcome(request.Id, RoleGrantStatus.Pending, request.ExpiresAt);
    }

    public async Task RevokeAsync(Guid assignmentId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(r => r.Id == assignmentId && r.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        db.RoleAssignments.Remove(assignment);
        db.Audit.Record(AuditActions.RoleRevoked, AuditEntities.RoleAssignment, assignment.Id, null, $"role {assignment.Role}");
        await db.SaveChangesAsync(ct);
    }
}

public enum RoleGrantStatus
{
    Granted,

    /// <summary>A request awaits a second person's approval; nothing is granted yet.</summary>
    Pending,
}

/// <summary>The assignment's id when granted, the request's id when pending.</summary>
public sealed record RoleGrantOutcome(Guid Id, RoleGrantStatus Status, DateTimeOffset? ExpiresAt);

/// <summary>
/// Adds a role assignment directly. Used by approvals and by the `offramp admin` CLI, which is the bootstrap path
/// (it runs with database access, where no second person can be asked); both obey the same rules and are audited.
/// </summary>
public static class RoleGranting
{
    public static async Task<RoleAssignment> GrantAsync(OfframpDbContext db, Guid organisationId, Guid userId, Role role, Guid? programId, CancellationToken ct)
    {
        programId = await CheckAsync(db, organisationId, userId, role, programId, ct);
        var assignment = new RoleAssignment { UserId = userId, OrganisationId = organisationId, ProgramId = programId, Role = role };
        db.RoleAssignments.Add(assignment);
        db.Audit.Record(AuditActions.RoleGranted, AuditEntities.RoleAssignment, assignment.Id, null, $"role {role}");
        return assignment;
    }

    /// <summary>
    /// Refuses a grant that breaks a rule: unknown role (422), account outside the organisation (404), program roles
    /// without a program of the organisation (422), a role already held or one that mixes oversight with casework
    /// (409). Returns the program the role is held in (null for organisation-wide roles).
    /// </summary>
    public static async Task<Guid?> CheckAsync(OfframpDbContext db, Guid organisationId, Guid userId, Role role, Guid? programId, CancellationToken ct)
    {
        if (!Enum.IsDefined(role))
        {
            throw new DomainException("Unknown role.", "Role");
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId && u.OrganisationId == organisationId, ct))
        {
            throw new NotFoundException();
        }

        if (RoleFacts.IsOrganisationWide(role))
        {
            programId = null;
        }
        else if (programId is null || !await db.Programs.AnyAsync(p => p.Id == programId && p.OrganisationId == organisationId, ct))
        {
            throw new DomainException("Choose a program of your organisation for this role.", "ProgramId");
        }

        if (await db.RoleAssignments.AnyAsync(r => r.UserId == userId && r.ProgramId == programId && r.Role == role, ct))
        {
            throw new ConflictException("The user already holds this role.");
        }

        await RoleDuties.EnsureCompatibleAsync(db, userId, role, ct);
        return programId;
    }
}
