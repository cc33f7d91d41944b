using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.Admin;

/// <summary>The organisation admin's user list and account creation. Admins see accounts and roles, never case content.</summary>
public sealed class ManageUsers(OfframpDbContext db, ScopeLoader scopes, UserManager<AppUser> users)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        var accounts = await db.Users.AsNoTracking().Where(u => u.OrganisationId == scope.OrganisationId && u.PasswordHash != null)
            .OrderBy(u => u.DisplayName).ToListAsync(ct);
        var ids = accounts.Select(a => a.Id).ToList();
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => ids.Contains(r.UserId)).ToListAsync(ct);
        var programs = await db.Programs.AsNoTracking().Where(p => p.OrganisationId == scope.OrganisationId).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return [.. accounts.Select(a => new UserView(
            a.Id, a.Email ?? "", a.DisplayName, a.TwoFactorEnabled, a.IsActive,
            [.. roles.Where(r => r.UserId == a.Id).Select(r => new RoleView(r.Id, r.Role, r.ProgramId, r.ProgramId is { } p ? programs.GetValueOrDefault(p) : null))]))];
    }

    public async Task<Guid> CreateAsync(string email, string displayName, string password, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        var user = await UserCreation.CreateAsync(db, users, scope.OrganisationId, email, displayName, password);
        return user.Id;
    }
}

public sealed record UserView(Guid Id, string Email, string DisplayName, bool MfaEnrolled, bool IsActive, IReadOnlyList<RoleView> Roles);

public sealed record RoleView(Guid AssignmentId, Role Role, Guid? ProgramId, string? ProgramName);
