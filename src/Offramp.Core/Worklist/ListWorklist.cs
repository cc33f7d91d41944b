using System.Linq.Expressions;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Worklist;

/// <summary>
/// What is due for the caller: their own tasks, their case teams' tasks (for participants still in their scope)
/// and, for directors, the director tasks of their programs. Overdue first, then by due date, one page at a time:
/// a director's program can have thousands of tasks due, and a page that lists them all is one nobody reads.
/// </summary>
public sealed class ListWorklist(OfframpDbContext db, ScopeLoader scopes, ParticipantAccess access, IClock clock)
{
    public async Task<WorklistPage> ExecuteAsync(WorklistQuery query, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var today = clock.Today;
        var due = Selection(scope, access.Visible(scope), today.AddDays(query.ClampedHorizon), query);
        var total = await due.CountAsync(ct);
        var overdue = await due.CountAsync(t => t.DueOn < today, ct);
        var page = query.ClampedPage;
        var size = query.ClampedPageSize;
        // Overdue tasks are the ones due before today, so due-date order already puts them first.
        var tasks = await due.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = tasks.Where(t => t.ParticipantId is not null).Select(t => t.ParticipantId!.Value).Distinct().ToList();
        var codes = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.Worklist, null, null, $"{tasks.Count} of {total} tasks listed");
        await db.SaveChangesAsync(ct);
        var items = tasks.Select(t => new WorklistItem(t.Id, t.Version, t.Kind, t.Title, t.DueOn, t.DueOn < today,
            t.ParticipantId, t.ParticipantId is { } p ? codes.GetValueOrDefault(p) : null, t.Audience)).ToList();
        return new WorklistPage(items, total, overdue, page, size);
    }

    private IQueryable<CaseTask> Selection(CallerScope scope, IQueryable<Participant> visible, DateOnly until, WorklistQuery query)
    {
        var directed = scope.DirectedPrograms.ToList();
        var userId = scope.UserId;
        var due = db.Set<CaseTask>().AsNoTracking()
            .Where(t => t.OrganisationId == scope.OrganisationId && t.Status == CaseTaskStatus.Open && t.DueOn <= until);
        if (!string.IsNullOrEmpty(query.Kind))
        {
            due = due.Where(t => t.Kind == query.Kind);
        }

        // Which participants' team tasks the caller sees is asked two ways. A director sees whole programs (67,000 people
        // at 100k): listing them all for "IN (...)" read every participant on each home page, so each due task is
        // checked instead, one key lookup each. A caseworker's team is small: listing it and seeking its tasks by
        // participant is cheaper than checking every due task of the organisation.
        var terms = new List<Expression<Func<CaseTask, bool>>>
        {
            t => t.Audience == TaskAudience.User && t.AssignedUserId == userId,
            directed.Count > 0
                ? t => t.Audience == TaskAudience.CaseTeam && t.ParticipantId != null && visible.Any(p => p.Id == t.ParticipantId)
                : t => t.Audience == TaskAudience.CaseTeam && t.ParticipantId != null && visible.Select(p => p.Id).Contains(t.ParticipantId.Value),
        };
        if (directed.Count > 0 && !query.WithoutDirectorTasks)
        {
            terms.Add(t => t.Audience == TaskAudience.ProgramDirectors && directed.Contains(t.ProgramId));
        }

        return due.Where(PredicateUnion.AnyOf(terms));
    }
}

public sealed record WorklistItem(Guid Id, int Version, string Kind, string Title, DateOnly DueOn, bool Overdue, Guid? ParticipantId, string? ParticipantCode, TaskAudience Audience);
