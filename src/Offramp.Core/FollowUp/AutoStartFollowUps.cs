using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Justice;
using Offramp.Core.Participants;

namespace Offramp.Core.FollowUp;

/// <summary>
/// Starts the follow-up schedule without anyone having to remember it: when the justice timeline first has a release
/// date, or when the case closes as completed. Runs inside the caller's unit of work, so the schedule, its tasks and
/// the audit entry are saved with the event that caused them, or not at all.
/// <para>
/// It starts once: a participant who has (or had) a schedule keeps it, and a later release only moves the pending
/// follow-ups (<see cref="ReanchorFollowUps"/>). A second schedule after the first has run its course is a deliberate
/// decision, taken with the explicit start. It never starts for a record that may not be followed (consent withdrawn,
/// declined, transferred): the event that triggered it is still recorded.
/// </para>
/// </summary>
public sealed class AutoStartFollowUps(OfframpDbContext db, FollowUpScheduler scheduler)
{
    /// <summary>After a justice event was added or corrected; <paramref name="timeline"/> includes the change.</summary>
    public async Task AfterTimelineChangeAsync(Participant participant, IReadOnlyCollection<JusticeEvent> timeline, CancellationToken ct)
    {
        if (FollowUpAnchorResolver.FromTimeline(timeline) is not { } anchor || !await MayStartAsync(participant, ct))
        {
            return;
        }

        await scheduler.AddAsync(participant, anchor.Anchor, anchor.Date, "started when the release was recorded", ct);
    }

    /// <summary>
    /// After the program was completed on <paramref name="completedOn"/>. A release on the timeline still wins as the
    /// anchor, because release-based schedules follow later corrections of the release date.
    /// </summary>
    public async Task AfterCompletionAsync(Participant participant, DateOnly completedOn, CancellationToken ct)
    {
        if (!await MayStartAsync(participant, ct))
        {
            return;
        }

        var timeline = await db.JusticeEvents.AsNoTracking().Where(e => e.ParticipantId == participant.Id).ToListAsync(ct);
        var (anchor, date) = FollowUpAnchorResolver.FromTimeline(timeline) ?? (FollowUpAnchor.ProgramCompletion, completedOn);
        await scheduler.AddAsync(participant, anchor, date, "started when the program was completed", ct);
    }

    private async Task<bool> MayStartAsync(Participant participant, CancellationToken ct) =>
        FollowUpGuard.IsFollowable(participant) &&
        !await db.Set<ScheduledFollowUp>().AnyAsync(f => f.ParticipantId == participant.Id && f.Status != FollowUpStatus.Cancelled, ct);
}
