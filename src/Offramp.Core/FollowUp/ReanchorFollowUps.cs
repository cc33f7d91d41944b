using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Justice;
using Offramp.Core.Worklist;

namespace Offramp.Core.FollowUp;

/// <summary>
/// Called by the justice timeline inside its unit of work: when a release date is added or corrected, every pending
/// release-based follow-up (and its task) moves to the new anchor. Recorded follow-ups keep their dates.
/// </summary>
public sealed class ReanchorFollowUps(OfframpDbContext db, TaskPlanner planner)
{
    public async Task ApplyAsync(Guid participantId, IReadOnlyCollection<JusticeEvent> timeline, CancellationToken ct)
    {
        if (FollowUpAnchorResolver.FromTimeline(timeline) is not { } anchor)
        {
            return;
        }

        var pending = await db.Set<ScheduledFollowUp>()
            .Where(f => f.ParticipantId == participantId && f.Status == FollowUpStatus.Pending &&
                        (f.Anchor == FollowUpAnchor.ActualRelease || f.Anchor == FollowUpAnchor.ExpectedRelease))
            .ToListAsync(ct);
        var moved = 0;
        foreach (var followUp in pending.Where(f => f.Anchor != anchor.Anchor || f.AnchorDate != anchor.Date))
        {
            followUp.Anchor = anchor.Anchor;
            followUp.AnchorDate = anchor.Date;
            followUp.DueOn = ScheduledFollowUp.DueAfter(anchor.Date, followUp.MonthsAfter);
            foreach (var task in await planner.OpenFromAsync(FollowUpTasks.SourceType, followUp.Id, ct))
            {
                task.DueOn = followUp.DueOn;
                task.Title = FollowUpTasks.Title(followUp.MonthsAfter, followUp.Anchor);
            }

            moved++;
        }

        if (moved > 0)
        {
            db.Audit.Record(AuditActions.Update, AuditEntities.FollowUpSchedule, null, participantId, $"{moved} pending follow-ups moved to {anchor.Anchor} {anchor.Date:yyyy-MM-dd}");
        }
    }
}
