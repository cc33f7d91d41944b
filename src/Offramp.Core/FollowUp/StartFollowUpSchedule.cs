using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Worklist;

namespace Offramp.Core.FollowUp;

/// <summary>
/// Creates the participant's follow-ups at the program's horizons (default 3, 6, 12, 24, 36, 60 months), each with a
/// case-team task. Needs a release on the justice timeline or a completion date: without either there is nothing to count from.
/// </summary>
public sealed class StartFollowUpSchedule(OfframpDbContext db, ParticipantAccess access, ProgramSettingsReader settings, TaskPlanner planner, IClock clock)
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

        var months = (await settings.ForAsync(participant.OrganisationId, participant.ProgramId, ct)).FollowUpMonths;
        var ids = new List<Guid>();
        foreach (var m in months.Distinct().Order())
        {
            var followUp = new ScheduledFollowUp
            {
                ParticipantId = participantId,
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

        db.Audit.Record(AuditActions.Create, "follow-up-schedule", null, participantId, $"{ids.Count} follow-ups from {anchor} {anchorDate:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return ids;
    }
}
