using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Plans;
using Offramp.Core.Security;

namespace Offramp.Core.Sessions;

/// <summary>
/// Any member of the case team logs their sessions; notes are sealed. A clinical session needs a clinical role,
/// and nothing new is recorded once consent has been withdrawn.
/// </summary>
public sealed class LogSession(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, IClock clock)
{
    public async Task<Guid> AddAsync(Guid participantId, SessionCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(standing.Participant);
        RequireClass(standing, command);
        await RequireAttendeesOnTeam(participantId, command, ct);
        await PlanModules.RequireOfParticipantAsync(db, participantId, command.ModuleId, ct);
        var session = new CaseSession { ParticipantId = participantId, RecordedByUserId = standing.Scope.UserId, RecordedAt = clock.UtcNow };
        Apply(session, command);
        db.Sessions.Add(session);
        db.Audit.Record(AuditActions.Create, AuditEntities.Session, session.Id, participantId, $"class {command.Confidentiality}");
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Only the author or the director may correct a session, and only if they could read its notes.</summary>
    public async Task<int> UpdateAsync(Guid participantId, Guid sessionId, int expectedVersion, SessionCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        var session = await db.Sessions.Include(s => s.Attendees).SingleOrDefaultAsync(s => s.Id == sessionId && s.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (!standing.CanReadNotes(session) || !(standing.IsDirector || session.RecordedByUserId == standing.Scope.UserId))
        {
            throw new ForbiddenException("Only the author of a session or the program director can correct it.");
        }

        ConsentGuard.RequireActiveConsent(standing.Participant);
        RequireClass(standing, command);
        await RequireAttendeesOnTeam(participantId, command, ct);
        await PlanModules.RequireOfParticipantAsync(db, participantId, command.ModuleId, ct);
        db.ExpectVersion(session, expectedVersion);
        Apply(session, command);
        db.Audit.Record(AuditActions.Update, AuditEntities.Session, session.Id, participantId, $"class {command.Confidentiality}");
        await db.SaveChangesAsync(ct);
        return session.Version;
    }

    private static void RequireClass(ParticipantStanding standing, SessionCommand command)
    {
        if (standing.ViaBreakGlass)
        {
            throw new ForbiddenException("An emergency access is read-only: only the case team records sessions.");
        }

        if (!standing.CanWriteClass(command.Confidentiality))
        {
            throw new DomainException("Only a psychologist on the team or the director can record a clinical session.", nameof(command.Confidentiality));
        }
    }

    private async Task RequireAttendeesOnTeam(Guid participantId, SessionCommand command, CancellationToken ct)
    {
        foreach (var (ids, field, message) in new[]
        {
            (command.AttendeeUserIds.Distinct().ToList(), nameof(command.AttendeeUserIds), "Every staff attendee must be on the case team."),
            (command.FacilitatorUserIds.Distinct().ToList(), nameof(command.FacilitatorUserIds), "Every facilitator must be on the case team."),
        })
        {
            var onTeam = await db.CaseTeamMembers.Where(m => m.ParticipantId == participantId && ids.Contains(m.UserId))
                .Select(m => m.UserId).Distinct().CountAsync(ct);
            if (onTeam != ids.Count)
            {
                throw new DomainException(message, field);
            }
        }
    }

    private void Apply(CaseSession session, SessionCommand command)
    {
        session.HeldOn = command.HeldOn;
        session.DurationMinutes = command.DurationMinutes;
        session.Kind = command.Kind;
        session.Confidentiality = command.Confidentiality;
        session.NotesSealed = cipher.Seal(command.Notes?.Trim(), session.Id, "Notes");
        session.OtherAttendees = command.OtherAttendees?.Trim();
        session.ModuleId = command.ModuleId;
        // Change the attendee list by difference: re-adding a removed (SessionId, UserId) pair would clash in the change tracker.
        var facilitators = command.FacilitatorUserIds.ToHashSet();
        var wanted = command.AttendeeUserIds.Concat(facilitators).ToHashSet();
        session.Attendees.RemoveAll(a => !wanted.Contains(a.UserId));
        wanted.ExceptWith(session.Attendees.Select(a => a.UserId));
        session.Attendees.AddRange(wanted.Select(id => new SessionAttendee { SessionId = session.Id, UserId = id }));
        foreach (var attendee in session.Attendees)
        {
            attendee.Facilitator = facilitators.Contains(attendee.UserId);
        }
    }
}
