using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>
/// The separation-of-duties rules every grant obeys, whatever the path (admin screen, API, command line, approval):
/// whoever administers accounts or audits the trail never also holds a role that opens case content.
/// </summary>
public static class RoleDuties
{
    /// <summary>Every program role opens case content (evaluators see de-identified records); only admin and auditor do not.</summary>
    public static bool OpensCaseContent(Role role) => !RoleFacts.IsOrganisationWide(role);

    /// <summary>Throws <see cref="ConflictException"/> (409) when <paramref name="role"/> would mix oversight with casework for the user.</summary>
    public static async Task EnsureCompatibleAsync(OfframpDbContext db, Guid userId, Role role, CancellationToken ct)
    {
        var held = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.Role).Distinct().ToListAsync(ct);
        var oversight = held.Where(RoleFacts.IsOrganisationWide).Select(r => (Role?)r).FirstOrDefault();
        if (OpensCaseContent(role) && oversight is { } overseeing)
        {
            throw new ConflictException(
                $"This account holds {overseeing}: organisation admins and auditors never hold a role that opens case content. Use a separate account for casework.");
        }

        if (!OpensCaseContent(role) && held.Any(OpensCaseContent))
        {
            throw new ConflictException(
                $"This account holds a program role: it cannot also be {role}. Admins and auditors never hold a role that opens case content.");
        }
    }
}
