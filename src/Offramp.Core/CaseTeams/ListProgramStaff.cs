using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.CaseTeams;

/// <summary>Who could join a participant's case team: active users holding a case role in the participant's program.</summary>
public sealed class ListProgramStaff(OfframpDbContext db, ParticipantAccess access)
{
    public async Task<IReadOnlyList<StaffOption>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.StandingAsync(participantId, ct);
        standing.RequireDirector();
        var programId = standing.Participant.ProgramId;
        var roles = RoleFacts.CaseTeamRoles.ToList();
        return await db.RoleAssignments.AsNoTracking()
            .Where(r => r.ProgramId == programId && roles.Contains(r.Role))
            .Join(db.Users.Where(u => u.IsActive), r => r.UserId, u => u.Id, (r, u) => new { u.Id, u.DisplayName, r.Role })
            // Sorted before the projection to the record: EF cannot translate ordering by a record's property.
            .OrderBy(s => s.DisplayName)
            .Select(s => new StaffOption(s.Id, s.DisplayName, s.Role))
            .ToListAsync(ct);
    }
}

public sealed record StaffOption(Guid UserId, string DisplayName, Role Role);
