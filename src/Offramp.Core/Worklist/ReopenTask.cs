using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Worklist;

/// <summary>
/// Undoes "done": the person who ticked a task off puts it back on the worklist, the same day. Later, or by someone
/// else, the task stays closed and a new one is the honest record.
/// </summary>
public sealed class ReopenTask(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task ExecuteAsync(Guid taskId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var task = await db.Set<CaseTask>().SingleOrDefaultAsync(
            t => t.Id == taskId && t.OrganisationId == scope.OrganisationId && t.CompletedByUserId == scope.UserId, ct)
            ?? throw new NotFoundException();
        if (task.Status != CaseTaskStatus.Done || task.CompletedOn != clock.Today)
        {
            throw new ConflictException("Only a task you closed today can be put back.");
        }

        task.Status = CaseTaskStatus.Open;
        task.CompletedOn = null;
        task.CompletedByUserId = null;
        task.CompletionNote = null;
        db.Audit.Record(AuditActions.Update, AuditEntities.CaseTask, task.Id, task.ParticipantId, $"reopened {task.Kind}");
        await db.SaveChangesAsync(ct);
    }
}
