using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Worklist;

namespace Offramp.Core.FollowUp;

/// <summary>
/// Writes a follow-up schedule into the caller's unit of work: one follow-up per horizon of the program, each with a
/// case-team task, and one audit entry. The explicit start and the automatic start share it so both schedules look alike.
/// </summary>
public sealed class FollowUpScheduler(OfframpDbContext db, ProgramSettingsReader settings, TaskPlanner planner, IClock clock)
{
    public async Task<IReadOnlyList<Guid>> AddAsync(Participant participant, FollowUpAnchor anchor, DateOnly anchorDate, string how, CancellationToken ct)
    {
        var months = (await settings.ForAsync(participant.OrganisationId, participant.ProgramId, ct)).FollowUpMonths;
        var ids = new List<Guid>();
        foreach (var m in months.Distinct().Order())
        {
            var followUp = new ScheduledFollowUp
            {
                ParticipantId = participant.Id,
                Anchor = anchor,
                AnchorDate = anchorDate,
                MonthsAfter = m,
                DueOn = ScheduledFollowUp.DueAfter(anchorDate, m),
                CreatedAt = clock.UtcNow,
            };
            db.Set<ScheduledFollowUp>().Add(followUp);
            planner.Add(participant, TaskKinds.FollowUp, FollowUpTasks.Title(m, anchor), followUp.DueOn, TaskAudience.CaseTeam, sourceType: FollowUpTasks.SourceType, sourceId: followUp.Id);
            ids.Add(followUp.Id);
        }

        db.Audit.Record(AuditActions.Create, AuditEntities.FollowUpSchedule, null, participant.Id, $"{ids.Count} follow-ups from {anchor} {anchorDate:yyyy-MM-dd} ({how})");
        return ids;
    }
}
