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
        // Without a break-glass grant, VisibleAsync leaves the grants out of the query, and a caseworker's team tasks
        // are then sought by participant alone.
        var visible = scope.DirectedPrograms.Count > 0 ? access.Visible(scope) : await access.VisibleAsync(ct);
        var due = Selection(scope, visible, today.AddDays(query.ClampedHorizon), query);
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

    /// <summary>
    /// The caller's due tasks. A director sees whole programs (67,000 people at 100k): their tasks are walked in due-date
    /// order on the organisation's index and each team task's participant is checked (one key lookup), so a page stops
    /// early. A caseworker's team is small: each audience is its own query on its own index, joined by UNION ALL (the
    /// audiences are disjoint); OR-ed into one WHERE, SQLite walked every due task of the organisation for them too.
    /// </summary>
    private IQueryable<CaseTask> Selection(CallerScope scope, IQueryable<Participant> visible, DateOnly until, WorklistQuery query)
    {
        var directed = scope.DirectedPrograms.ToList();
        var userId = scope.UserId;
        var open = db.Set<CaseTask>().AsNoTracking().Where(t => t.Status == CaseTaskStatus.Open && t.DueOn <= until);
        if (!string.IsNullOrEmpty(query.Kind))
        {
            open = open.Where(t => t.Kind == query.Kind);
        }

        var due = open.Where(t => t.OrganisationId == scope.OrganisationId);
        if (directed.Count > 0)
        {
            var terms = new List<Expression<Func<CaseTask, bool>>>
            {
                t => t.Audience == TaskAudience.User && t.AssignedUserId == userId,
                t => t.Audience == TaskAudience.CaseTeam && t.ParticipantId != null && visible.Any(p => p.Id == t.ParticipantId),
            };
            if (!query.WithoutDirectorTasks)
            {
                terms.Add(t => t.Audience == TaskAudience.ProgramDirectors && directed.Contains(t.ProgramId));
            }

            return due.Where(PredicateUnion.AnyOf(terms));
        }

        // The caller's own tasks are found by the caller's id alone (a user belongs to one organisation): with the
        // organisation in the condition too, SQLite preferred the organisation's index.
        var own = open.Where(t => t.Audience == TaskAudience.User && t.AssignedUserId == userId);
        var team = due.Where(t => t.Audience == TaskAudience.CaseTeam && t.ParticipantId != null && visible.Select(p => p.Id).Contains(t.ParticipantId.Value));
        return own.Concat(team);
    }
}

public sealed record WorklistItem(Guid Id, int Version, string Kind, string Title, DateOnly DueOn, bool Overdue, Guid? ParticipantId, string? ParticipantCode, TaskAudience Audience);
