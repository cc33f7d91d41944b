using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>
/// Who sees and who decides a role request. Admins of the organisation and directors of the request's program see it;
/// everyone else gets 404. The deciders are the program's active directors; only where the program has none (other
/// than the requester or the grantee) does a second admin decide. Requester and grantee never decide.
/// </summary>
public static class RoleRequestApprovers
{
    public static IQueryable<RoleRequest> Visible(OfframpDbContext db, CallerScope scope)
    {
        var requests = db.Set<RoleRequest>().Where(r => r.OrganisationId == scope.OrganisationId);
        if (scope.IsOrganisationAdmin)
        {
            return requests;
        }

        var directed = scope.DirectedPrograms.ToList();
        return requests.Where(r => directed.Contains(r.ProgramId));
    }

    public static async Task<RoleRequest> VisibleAsync(OfframpDbContext db, CallerScope scope, Guid requestId, CancellationToken ct) =>
        await Visible(db, scope).SingleOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new NotFoundException();

    /// <summary>Active directors of each program, to decide who may approve without a query per request.</summary>
    public static async Task<ILookup<Guid, Guid>> DirectorsAsync(OfframpDbContext db, IReadOnlyCollection<Guid> programIds, CancellationToken ct)
    {
        var ids = programIds.Distinct().ToList();
        var directors = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.Role == Role.ProgramDirector && a.ProgramId != null && ids.Contains(a.ProgramId.Value))
            .Join(db.Users.Where(u => u.IsActive), a => a.UserId, u => u.Id, (a, u) => new { ProgramId = a.ProgramId!.Value, a.UserId })
            .ToListAsync(ct);
        return directors.ToLookup(d => d.ProgramId, d => d.UserId);
    }

    /// <summary>Why the caller may not approve or decline, or null when they may.</summary>
    public static string? Refusal(RoleRequest request, CallerScope scope, IEnumerable<Guid> programDirectors)
    {
        if (request.RequestedByUserId == scope.UserId)
        {
            return "You asked for this role: a second person must approve or decline it. You can withdraw it.";
        }

        if (request.UserId == scope.UserId)
        {
            return "Nobody decides a request for their own role.";
        }

        var deciders = programDirectors.Where(d => d != request.RequestedByUserId && d != request.UserId).ToList();
        if (deciders.Count > 0)
        {
            return deciders.Contains(scope.UserId) ? null : "A director of the program decides this request.";
        }

        return scope.IsOrganisationAdmin ? null : "A second organisation admin decides this request: the program has no other director.";
    }

    public static async Task<string?> RefusalAsync(OfframpDbContext db, RoleRequest request, CallerScope scope, CancellationToken ct) =>
        Refusal(request, scope, (await DirectorsAsync(db, [request.ProgramId], ct))[request.ProgramId]);

    /// <summary>Throws 409 unless the request still awaits a decision.</summary>
    public static void RequirePending(RoleRequest request, DateTimeOffset now)
    {
        var status = request.StatusAt(now);
        if (status == RoleRequestStatus.Expired)
        {
            throw new ConflictException("This request expired without a decision: ask again if the role is still needed.");
        }

        if (status != RoleRequestStatus.Pending)
        {
            throw new ConflictException(Phrase.Of($"This request is already {status}."));
        }
    }
}
