using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.Admin;

/// <summary>Grants and revokes role memberships. Program roles need a program of the same organisation.</summary>
public sealed class ManageRoles(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<Guid> GrantAsync(Guid userId, Role role, Guid? programId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        var assignment = await RoleGranting.GrantAsync(db, scope.OrganisationId, userId, role, programId, ct);
        await db.SaveChangesAsync(ct);
        return assignment.Id;
    }

    public async Task RevokeAsync(Guid assignmentId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(r => r.Id == assignmentId && r.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        db.RoleAssignments.Remove(assignment);
        db.Audit.Record(AuditActions.RoleRevoked, "role-assignment", assignment.Id, null, $"role {assignment.Role}");
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Shared by the admin screens and the `offramp admin` CLI so both enforce the same rules.</summary>
public static class RoleGranting
{
    public static async Task<RoleAssignment> GrantAsync(OfframpDbContext db, Guid organisationId, Guid userId, Role role, Guid? programId, CancellationToken ct)
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

        var assignment = new RoleAssignment { UserId = userId, OrganisationId = organisationId, ProgramId = programId, Role = role };
        db.RoleAssignments.Add(assignment);
        db.Audit.Record(AuditActions.RoleGranted, "role-assignment", assignment.Id, null, $"role {role}");
        return assignment;
    }
}
