using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Access;

/// <summary>
/// The one gate to participant records. Directors see their programs; case-team members their own caseload
/// while they still hold a case role in that program; everyone else nothing. Out of scope and absent look the same.
/// </summary>
public sealed class ParticipantAccess(OfframpDbContext db, ScopeLoader scopes)
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
        return db.Participants.Where(p =>
            p.OrganisationId == scope.OrganisationId &&
            (directed.Contains(p.ProgramId) ||
             (casework.Contains(p.ProgramId) &&
              db.CaseTeamMembers.Any(m => m.ParticipantId == p.Id && m.UserId == userId && m.Until == null))));
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
        return new ParticipantStanding(participant, scope, scope.Has(Role.ProgramDirector, participant.ProgramId), teamRoles);
    }
}
