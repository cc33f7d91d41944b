using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Worklist;

/// <summary>
/// How features put work on the worklist and move it when its anchor date moves. Runs inside the caller's
/// unit of work: the task is saved (and audited) with the change that caused it.
/// </summary>
public sealed class TaskPlanner(OfframpDbContext db, IClock clock)
{
    public CaseTask Add(Participant participant, string kind, string title, DateOnly dueOn, TaskAudience audience,
        Guid? assignedUserId = null, string? sourceType = null, Guid? sourceId = null)
    {
        var task = new CaseTask
        {
            OrganisationId = participant.OrganisationId,
            ProgramId = participant.ProgramId,
            ParticipantId = participant.Id,
            Kind = kind,
            Title = title,
            DueOn = dueOn,
            Audience = audience,
            AssignedUserId = assignedUserId,
            SourceType = sourceType,
            SourceId = sourceId,
            CreatedAt = clock.UtcNow,
        };
        db.Set<CaseTask>().Add(task);
        return task;
    }

    /// <summary>Open tasks created by one source (e.g. all pending follow-ups of a plan), to move or cancel them.</summary>
    public Task<List<CaseTask>> OpenFromAsync(string sourceType, Guid sourceId, CancellationToken ct) =>
        db.Set<CaseTask>().Where(t => t.SourceType == sourceType && t.SourceId == sourceId && t.Status == CaseTaskStatus.Open).ToListAsync(ct);

    /// <summary>
    /// Keeps a participant's open tasks in the participant's program after a move within the organisation. The
    /// worklist finds a director's tasks by their program alone (an index range), so a task left behind would show
    /// in the old director's worklist and vanish from the new one's.
    /// </summary>
    public async Task MoveOpenTasksAsync(Participant participant, CancellationToken ct)
    {
        var open = await db.Set<CaseTask>()
            .Where(t => t.ParticipantId == participant.Id && t.Status == CaseTaskStatus.Open)
            .ToListAsync(ct);
        foreach (var task in open)
        {
            task.ProgramId = participant.ProgramId;
        }
    }

    public void Cancel(CaseTask task, string reason)
    {
        task.Status = CaseTaskStatus.Cancelled;
        task.CompletedOn = clock.Today;
        task.CompletionNote = reason;
    }
}
