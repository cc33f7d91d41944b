using System.Linq.Expressions;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
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
    private readonly LookupsUntilSaved lookups = new(db);

    /// <summary>The participants the caller sees, to list: the list must leave an audit event (<see cref="ReadsOnRecord"/>).</summary>
    public async Task<IQueryable<Participant>> VisibleAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        db.Audit.NoteListed();
        // Grants are rare and short-lived: looking them up first (one index seek) keeps the grant branch out of the
        // usual caseload and search queries altogether.
        var granted = await lookups.GrantsAsync(() => ActiveGrants(scope.UserId).ToListAsync(ct));
        return Within(scope, granted.Count == 0 ? null : p => granted.Contains(p.Id));
    }

    public IQueryable<Participant> Visible(CallerScope scope)
    {
        var granted = ActiveGrants(scope.UserId);
        return Within(scope, p => granted.Contains(p.Id));
    }

    /// <summary>
    /// The participants the caller sees other than by directing their program: their own cases in programs they do not
    /// direct, and break-glass grants. A director's worklist takes whole programs by program id and needs only this
    /// remainder participant by participant. Null when there is no remainder (no case work outside the programs they
    /// direct, no emergency access): the worklist then leaves that part out of every statement instead of asking SQLite
    /// (and EF, which translates it again each time) for an empty set.
    /// </summary>
    public async Task<IQueryable<Participant>?> VisibleOutsideDirectedProgramsAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        db.Audit.NoteListed();
        var granted = await lookups.GrantsAsync(() => ActiveGrants(scope.UserId).ToListAsync(ct));
        var caseworkElsewhere = scope.CaseworkPrograms.Except(scope.DirectedPrograms).Any();
        return !caseworkElsewhere && granted.Count == 0
            ? null
            : Within(scope, granted.Count == 0 ? null : p => granted.Contains(p.Id), byDirecting: false);
    }

    /// <summary>
    /// Every alternative is a term an index answers (the caller's programs, or participant ids from the caller's own
    /// team memberships and grants), and alternatives the caller cannot have are left out: a single unindexable branch
    /// in the OR made SQLite read every participant of the organisation to find a caseworker's twenty.
    /// </summary>
    private IQueryable<Participant> Within(CallerScope scope, Expression<Func<Participant, bool>>? granted, bool byDirecting = true)
    {
        // Own cases in a program the caller directs are visible by directing it: the directing term covers them.
        var directed = scope.DirectedPrograms.ToList();
        var casework = scope.CaseworkPrograms.Except(directed).ToList();
        var userId = scope.UserId;
        var ownCases = db.CaseTeamMembers.Where(m => m.UserId == userId && m.Until == null).Select(m => m.ParticipantId);
        var alternatives = new List<Expression<Func<Participant, bool>>>();
        if (byDirecting && directed.Count > 0)
        {
            alternatives.Add(p => directed.Contains(p.ProgramId));
        }

        if (casework.Count > 0)
        {
            alternatives.Add(p => casework.Contains(p.ProgramId) && ownCases.Contains(p.Id));
        }

        if (granted is not null)
        {
            alternatives.Add(granted);
        }

        var organisationId = scope.OrganisationId;
        var inOrganisation = db.Participants.Where(p => p.OrganisationId == organisationId);
        return alternatives.Count == 0 ? inOrganisation.Where(p => false) : inOrganisation.Where(PredicateUnion.AnyOf(alternatives));
    }

    private IQueryable<Guid> ActiveGrants(Guid userId)
    {
        var now = clock.UtcNow;
        return db.Set<BreakGlassGrant>().Where(g => g.UserId == userId && g.ExpiresAt > now).Select(g => g.ParticipantId);
    }

    /// <summary>
    /// Opens a participant's record the caller may see, with the caller's standing on the case, or throws 404. The use
    /// case must leave an audit event naming the participant before it shows anything (<see cref="ReadsOnRecord"/>).
    /// </summary>
    public async Task<ParticipantStanding> GetAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await StandingAsync(participantId, ct);
        db.Audit.NoteOpened(participantId);
        return standing;
    }

    /// <summary>
    /// The caller's standing on a participant they may see, or 404, for a use case that shows nothing of the record
    /// itself: who could join the case team, which programs the participant could move to. Nothing to put on record.
    /// </summary>
    public async Task<ParticipantStanding> StandingAsync(Guid participantId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!lookups.TryGetStanding(participantId, out var participant, out var teamRoles))
        {
            participant = await Visible(scope).SingleOrDefaultAsync(p => p.Id == participantId, ct)
                ?? throw new NotFoundException();
            teamRoles = await db.CaseTeamMembers.AsNoTracking()
                .Where(m => m.ParticipantId == participantId && m.UserId == scope.UserId && m.Until == null)
                .Select(m => m.Role)
                .ToListAsync(ct);
            lookups.KeepStanding(participant, teamRoles);
        }

        var isDirector = scope.Has(Role.ProgramDirector, participant.ProgramId);
        var viaBreakGlass = !isDirector && !(teamRoles.Count > 0 && scope.CaseworkPrograms.Contains(participant.ProgramId));
        if (viaBreakGlass)
        {
            // Saved with the use case's own audit event: an emergency read never happens quietly.
            db.Audit.Record(AuditActions.BreakGlassRead, AuditEntities.Participant, participant.Id, participant.Id, "EMERGENCY ACCESS: read under a break-glass grant");
        }

        return new ParticipantStanding(participant, scope, isDirector, viaBreakGlass ? [] : teamRoles, viaBreakGlass);
    }
}
