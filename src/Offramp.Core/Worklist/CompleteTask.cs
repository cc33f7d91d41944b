using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Worklist;

/// <summary>
/// Marks a task done with an optional note. Only someone who would see it on their worklist may, and only a task that
/// no record closes (see <see cref="TaskKinds.ClosedByTheirRecord"/>). <see cref="ReopenTask"/> undoes it.
/// </summary>
public sealed class CompleteTask(OfframpDbContext db, ScopeLoader scopes, ParticipantAccess access, IClock clock)
{
    public async Task ExecuteAsync(Guid taskId, int expectedVersion, string? note, CancellationToken ct = default)
    {
        if (note?.Length > 2000)
        {
            throw new DomainException("The note is limited to 2,000 characters.", "Note");
        }

        if (note is not null && TextRules.Problem(note, 2000) is { } problem)
        {
            throw new DomainException(problem, "Note");
        }

        var scope = await scopes.GetAsync(ct);
        var task = await db.Set<CaseTask>().SingleOrDefaultAsync(t => t.Id == taskId && t.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        var allowed = task.Audience switch
        {
            TaskAudience.User => task.AssignedUserId == scope.UserId,
            TaskAudience.ProgramDirectors => scope.Has(Role.ProgramDirector, task.ProgramId),
            _ => task.ParticipantId is { } p && await access.Visible(scope).AnyAsync(x => x.Id == p, ct),
        };
        if (!allowed)
        {
            throw new NotFoundException();
        }

        if (task.Status != CaseTaskStatus.Open)
        {
            throw new ConflictException("This task is already closed.");
        }

        if (TaskKinds.ClosedByTheirRecord.Contains(task.Kind))
        {
            throw new ConflictException("This task closes when what it stands for is recorded: open it and record the review, assessment, follow-up or decision.");
        }

        db.ExpectVersion(task, expectedVersion);
        task.Complete(clock.Today, scope.UserId, note?.Trim());
        db.Audit.Record(AuditActions.Update, AuditEntities.CaseTask, task.Id, task.ParticipantId, $"completed {task.Kind}");
        await db.SaveChangesAsync(ct);
    }
}
