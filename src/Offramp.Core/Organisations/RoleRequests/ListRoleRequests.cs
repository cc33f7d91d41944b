using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>
/// Role requests the caller sees: every request of the organisation for an admin, those of their programs for a
/// director; pending ones first, each saying whether the caller may decide or withdraw it. 404 to everyone else.
/// </summary>
public sealed class ListRoleRequests(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    private const int Shown = 200;

    public async Task<IReadOnlyList<RoleRequestView>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!scope.IsOrganisationAdmin && scope.DirectedPrograms.Count == 0)
        {
            throw new NotFoundException();
        }

        var requests = await RoleRequestApprovers.Visible(db, scope).AsNoTracking()
            .OrderBy(r => r.Status == RoleRequestStatus.Pending ? 0 : 1).ThenByDescending(r => r.RequestedAt)
            .Take(Shown).ToListAsync(ct);
        var userIds = requests.SelectMany(r => new[] { r.UserId, r.RequestedByUserId, r.DecidedByUserId ?? r.UserId }).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var programIds = requests.Select(r => r.ProgramId).Distinct().ToList();
        var programs = await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var directors = await RoleRequestApprovers.DirectorsAsync(db, programIds, ct);
        var now = clock.UtcNow;

        string Name(Guid id) => names.GetValueOrDefault(id, "(unknown account)");
        return [.. requests.Select(r =>
        {
            var status = r.StatusAt(now);
            var pending = status == RoleRequestStatus.Pending;
            return new RoleRequestView(
                r.Id, r.Version, r.UserId, Name(r.UserId), r.Role, r.ProgramId, programs.GetValueOrDefault(r.ProgramId, ""),
                r.RequestedByUserId, Name(r.RequestedByUserId), r.RequestedAt, r.ExpiresAt, status,
                r.DecidedByUserId is { } d ? Name(d) : null, r.DecidedAt, r.DeclineReason,
                CanDecide: pending && RoleRequestApprovers.Refusal(r, scope, directors[r.ProgramId]) is null,
                CanWithdraw: pending && r.RequestedByUserId == scope.UserId);
        })];
    }
}

public sealed record RoleRequestView(
    Guid Id,
    int Version,
    Guid UserId,
    string UserName,
    Role Role,
    Guid ProgramId,
    string ProgramName,
    Guid RequestedByUserId,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    RoleRequestStatus Status,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? DeclineReason,
    bool CanDecide,
    bool CanWithdraw);
