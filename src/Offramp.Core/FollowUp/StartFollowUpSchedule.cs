using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.FollowUp;

/// <summary>
/// Creates the participant's follow-ups at the program's horizons (default 3, 6, 12, 24, 36, 60 months), each with a
/// case-team task. Needs a release on the justice timeline or a completion date: without either there is nothing to count from.
/// The schedule also starts by itself (<see cref="AutoStartFollowUps"/>) when a release is recorded or the case closes
/// as completed; this explicit start is for programs without a justice timeline, or for a second schedule.
/// </summary>
public sealed class StartFollowUpSchedule(OfframpDbContext db, ParticipantAccess access, FollowUpScheduler scheduler)
{
    public async Task<IReadOnlyList<Guid>> ExecuteAsync(Guid participantId, StartFollowUpScheduleCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var participant = standing.Participant;
        FollowUpGuard.RequireFollowable(participant);
        if (await db.Set<ScheduledFollowUp>().AnyAsync(f => f.ParticipantId == participantId && f.Status == FollowUpStatus.Pending, ct))
        {
            throw new ConflictException("A follow-up schedule is already running for this participant.");
        }

        var timeline = await db.JusticeEvents.AsNoTracking().Where(e => e.ParticipantId == participantId).ToListAsync(ct);
        var (anchor, anchorDate) = command.CompletedOn is { } completed
            ? (FollowUpAnchor.ProgramCompletion, completed)
            : FollowUpAnchorResolver.FromTimeline(timeline)
              ?? throw new DomainException("There is no release or completion date to count from: record the release on the justice timeline, or give the date the program was completed.", nameof(command.CompletedOn));

        var ids = await scheduler.AddAsync(participant, anchor, anchorDate, "started by hand", ct);
        await db.SaveChangesAsync(ct);
        return ids;
    }
}
