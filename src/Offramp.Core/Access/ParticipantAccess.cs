using Microsoft.EntityFrameworkCore;

using Offramp.Core.BreakGlass;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Participants;

namespace Offramp.Core.Access;

/// <summary>
/// The one gate to participant records. Directors see their programs; case-team members their own caseload
/// while they still hold a case role in that program; a holder of an unexpired break-glass grant that one participant,
/// read-only; everyone else nothing. Out of scope and absent look the same.
/// </summary>
public sealed class ParticipantAccess(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task<IQueryable<Participant>> VisibleAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        return Visible(scope);
    }

    public IQueryable<Participant> Visible(CallerScope scope)
    {
        var directed = scope.DirectedPrograms.ToList();
        var casework = scope.CaseworkPrograms.ToList();
        var userId = scope.UserId;
        var now = clock.UtcNow;
        return db.Participants.Where(p =>
            p.OrganisationId == scope.OrganisationId &&
            (directed.Contains(p.ProgramId) ||
             (casework.Contains(p.ProgramId) &&
              db.CaseTeamMembers.Any(m => m.ParticipantId == p.Id && m.UserId == userId && m.Until == null)) ||
             db.Set<BreakGlassGrant>().Any(g => g.ParticipantId == p.Id && g.UserId == userId && g.ExpiresAt > now)));
    }

    /// <summary>Loads a participant the caller may see, with the caller's standing on the case, or throws 404.</summary>
    public async Task<ParticipantStanding> GetAsync(Guid participantId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var participant = await Visible(scope).SingleOrDefaultAsync(p => p.Id == participantId, ct)
            ?? throw new NotFoundException();
        var teamRoles = await db.CaseTeamMembers.AsNoTracking()
            .Where(m => m.ParticipantId == participantId && m.UserId == scope.UserId && m.Until == null)
            .Select(m => m.Role)
            .ToListAsync(ct);
        var isDirector = scope.Has(Role.ProgramDirector, participant.ProgramId);
        var viaBreakGlass = !isDirector && !(teamRoles.Count > 0 && scope.CaseworkPrograms.Contains(participant.ProgramId));
        if (viaBreakGlass)
        {
            // Saved with the use case's own audit event: an emergency read never happens quietly.
            db.Audit.Record(ProtectionAuditActions.BreakGlassRead, "participant", participant.Id, participant.Id, "EMERGENCY ACCESS: read under a break-glass grant");
        }

        return new ParticipantStanding(participant, scope, isDirector, viaBreakGlass ? [] : teamRoles, viaBreakGlass);
    }
}
