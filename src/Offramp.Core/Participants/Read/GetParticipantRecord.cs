using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Core.Participants.Read;

/// <summary>Reads one participant's whole record for the caller, and audits the read (including notes withheld).</summary>
public sealed class GetParticipantRecord(OfframpDbContext db, ParticipantAccess access, IdentitySealer sealer, FieldCipher cipher)
{
    public async Task<ParticipantRecord> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        var p = standing.Participant;
        var programName = await db.Programs.AsNoTracking().Where(x => x.Id == p.ProgramId).Select(x => x.Name).SingleAsync(ct);

        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ParticipantId == p.Id).OrderBy(r => r.ReferredOn).ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.ParticipantId == p.Id).OrderBy(c => c.GivenOn).ToListAsync(ct);
        var stages = await db.StageChanges.AsNoTracking().Where(s => s.ParticipantId == p.Id).OrderBy(s => s.RecordedAt).ToListAsync(ct);
        var team = await db.CaseTeamMembers.AsNoTracking().Where(m => m.ParticipantId == p.Id).OrderBy(m => m.From).ToListAsync(ct);
        var justice = await db.JusticeEvents.AsNoTracking().Where(j => j.ParticipantId == p.Id).OrderBy(j => j.OccurredOn).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Attendees).Where(s => s.ParticipantId == p.Id)
            .OrderByDescending(s => s.HeldOn).ToListAsync(ct);

        var userIds = team.Select(t => t.UserId)
            .Concat(stages.Select(s => s.ChangedByUserId))
            .Concat(sessions.Select(s => s.RecordedByUserId))
            .Concat(sessions.SelectMany(s => s.Attendees.Select(a => a.UserId)))
            .Distinct().ToList();
        // Names only: the dictionary's selectors run after the query, so without the Select every account's row came whole.
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : "former user";

        var withheld = 0;
        var sessionViews = sessions.Select(s =>
        {
            var readable = standing.CanReadNotes(s);
            withheld += readable ? 0 : 1;
            return new SessionView(s.Id, s.Version, s.HeldOn, s.DurationMinutes, s.Kind, s.Confidentiality,
                readable ? cipher.Open(s.NotesSealed, s.Id, "Notes") : null, !readable,
                [.. s.Attendees.Select(a => Name(a.UserId))], s.OtherAttendees, Name(s.RecordedByUserId))
            {
                Facilitators = [.. s.Attendees.Where(a => a.Facilitator).Select(a => Name(a.UserId))],
            };
        }).ToList();

        db.Audit.Record(AuditActions.Read, AuditEntities.Participant, p.Id, p.Id, withheld > 0 ? $"{withheld} session notes withheld by class" : null);
        // A restricted note opened is named in the trail (which session, never its text), so the audit viewer shows who read it.
        foreach (var opened in sessions.Where(s => s.Confidentiality == ConfidentialityClass.Restricted && standing.CanReadNotes(s)))
        {
            db.Audit.Record(AuditActions.RestrictedNoteRead, AuditEntities.Session, opened.Id, p.Id, "restricted session note read");
        }

        await db.SaveChangesAsync(ct);

        return new ParticipantRecord(
            p.Id, p.Code, p.Version, p.ProgramId, programName, p.SiteId, p.Stage, StageRules.NextStages(p.Stage),
            sealer.Open(p), p.Gender, p.YearOfBirth, p.Nationality, p.Languages, p.ConsentWithdrawn, p.EvaluationConsent,
            new CallerStanding(standing.IsDirector, standing.TeamRoles, standing.CanManageCase),
            [.. referrals.Select(r => new ReferralView(r.Id, r.Version, r.Source, r.ReferredOn, r.Referrer, cipher.Open(r.ReasonSealed, r.Id, "Reason"),
                r.Screening, r.ScreeningReason, r.ScreenedOn))],
            [.. consents.Select(c => new ConsentView(c.Id, c.Version, c.GivenOn, c.FormVersion, c.CoversParticipation, c.CoversFamilyContact,
                c.CoversEvaluation, c.GuardianName, c.GuardianConsented, c.WithdrawnOn, c.WithdrawalReason))],
            [.. stages.Select(s => new StageChangeView(s.Id, s.FromStage, s.ToStage, s.EffectiveOn, s.Reason, Name(s.ChangedByUserId), s.RecordedAt))],
            [.. team.Select(t => new TeamMemberView(t.Id, t.Version, t.UserId, Name(t.UserId), t.Role, t.From, t.Until))],
            [.. justice.Select(j => new JusticeEventView(j.Id, j.Version, j.Kind, j.OccurredOn, j.SentenceMonths, j.Reference))],
            sessionViews);
    }
}
