using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.FollowUp;

namespace Offramp.Core.Justice;

/// <summary>
/// Adds or corrects a justice event. Allowed after consent withdrawal, because the law requires these dates to be kept.
/// Pending follow-ups re-anchor on a changed release date in the same transaction; the first release date starts the
/// follow-up schedule, also in the same transaction.
/// </summary>
public sealed class RecordJusticeEvent(OfframpDbContext db, ParticipantAccess access, ReanchorFollowUps followUps, AutoStartFollowUps autoStart)
{
    public async Task<Guid> AddAsync(Guid participantId, JusticeEventCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var timeline = await db.JusticeEvents.Where(e => e.ParticipantId == participantId).ToListAsync(ct);
        var justiceEvent = new JusticeEvent { ParticipantId = participantId, RecordedByUserId = standing.Scope.UserId };
        Apply(justiceEvent, command);
        JusticeTimelineRules.Ensure([.. timeline, justiceEvent]);
        db.JusticeEvents.Add(justiceEvent);
        db.Audit.Record(AuditActions.Create, AuditEntities.JusticeEvent, justiceEvent.Id, participantId, $"kind {command.Kind}");
        await followUps.ApplyAsync(participantId, [.. timeline, justiceEvent], ct);
        await autoStart.AfterTimelineChangeAsync(standing.Participant, [.. timeline, justiceEvent], ct);
        await db.SaveChangesAsync(ct);
        return justiceEvent.Id;
    }

    public async Task<int> UpdateAsync(Guid participantId, Guid eventId, int expectedVersion, JusticeEventCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var timeline = await db.JusticeEvents.Where(e => e.ParticipantId == participantId).ToListAsync(ct);
        var justiceEvent = timeline.SingleOrDefault(e => e.Id == eventId) ?? throw new NotFoundException();
        db.ExpectVersion(justiceEvent, expectedVersion);
        Apply(justiceEvent, command);
        JusticeTimelineRules.Ensure(timeline);
        db.Audit.Record(AuditActions.Update, AuditEntities.JusticeEvent, justiceEvent.Id, participantId, $"kind {command.Kind}");
        await followUps.ApplyAsync(participantId, timeline, ct);
        await autoStart.AfterTimelineChangeAsync(standing.Participant, timeline, ct);
        await db.SaveChangesAsync(ct);
        return justiceEvent.Version;
    }

    private static void Apply(JusticeEvent e, JusticeEventCommand command)
    {
        e.Kind = command.Kind;
        e.OccurredOn = command.OccurredOn;
        e.SentenceMonths = command.SentenceMonths;
        e.Reference = command.Reference?.Trim();
    }
}
