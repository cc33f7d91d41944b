using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.Security;

namespace Offramp.Core.Worklist;

/// <summary>
/// What is due for the caller: their own tasks, their case teams' tasks (for participants still in their scope)
/// and, for directors, the director tasks of their programs. Overdue first, then by due date, one page at a time:
/// a director's program can have thousands of tasks due, and a page that lists them all is one nobody reads.
/// </summary>
public sealed class ListWorklist(OfframpDbContext db, ScopeLoader scopes, ParticipantAccess access, IClock clock, FieldCipher cipher)
{
    public async Task<WorklistPage> ExecuteAsync(WorklistQuery query, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var today = clock.Today;
        var selection = await SelectionAsync(scope, today.AddDays(query.ClampedHorizon), query, ct);
        var due = selection.All(null);
        // Two plain counts, each an index range per audience: counting both in one grouped query made SQLite gather a
        // director's thousands of due tasks into a temporary B-tree first (2.2 ms against 1.1 for the two).
        var total = await due.CountAsync(ct);
        var overdue = total == 0 ? 0 : await due.CountAsync(t => t.DueOn < today, ct);
        var page = query.ClampedPage;
        var size = query.ClampedPageSize;
        // Due-date order already puts the overdue tasks first. One participant's tasks are few: the plain union sorts
        // them in one short statement.
        var candidates = query.ParticipantId is null ? selection.FirstOfEach(page * size) : due;
        var tasks = total == 0 ? [] : await PageAsync(candidates, page, size, ct);

        // The urgent (concerns, alerts, emergency accesses) come with the same read when asked for, so a start page
        // shows them above everything else without a second audited read.
        List<CaseTask> urgent = [];
        var urgentTotal = 0;
        if (query.WithUrgent)
        {
            // Urgent tasks are few: all their ids in due order, read once, give both the count and the first page. Counting
            // and paging them apart read every due task's row twice to test its kind (a director's home page spent most of
            // its time there). The kinds are tested in each audience's query, where an index with the kind can serve them.
            var urgentIds = await selection.All(WorklistQuery.UrgentKinds).OrderBy(t => t.DueOn).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
            urgentTotal = urgentIds.Count;
            urgent = urgentTotal == 0 ? [] : await RowsAsync([.. urgentIds.Take(WorklistQuery.UrgentPageSize)], ct);
        }

        var ids = tasks.Concat(urgent).Where(t => t.ParticipantId is not null).Select(t => t.ParticipantId!.Value).Distinct().ToList();
        // Code and name of each participant on the page, for those the caller may see: a task list of bare codes makes
        // people open every record to know whom it is about. Names are opened for this page only.
        var people = ids.Count == 0
            ? []
            : await access.Visible(scope).AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Code, p.GivenNameSealed, p.FamilyNameSealed })
                .ToDictionaryAsync(p => p.Id, p => (p.Code, Name: NameOf(p.Id, p.GivenNameSealed, p.FamilyNameSealed)), ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.Worklist, null, null,
            query.WithUrgent ? $"{tasks.Count} of {total} tasks listed, {urgent.Count} of {urgentTotal} urgent" : $"{tasks.Count} of {total} tasks listed");
        await db.SaveChangesAsync(ct);
        WorklistItem Item(CaseTask t) => new(t.Id, t.Version, t.Kind, t.Title, t.DueOn, t.DueOn < today,
            t.ParticipantId, t.ParticipantId is { } p && people.TryGetValue(p, out var person) ? person.Code : null, t.Audience)
        {
            ParticipantName = t.ParticipantId is { } q && people.TryGetValue(q, out var named) ? named.Name : null,
        };
        return new WorklistPage([.. tasks.Select(Item)], total, overdue, page, size)
        {
            Urgent = [.. urgent.Select(Item)],
            UrgentTotal = urgentTotal,
        };
    }

    private string NameOf(Guid id, byte[]? given, byte[]? family) =>
        string.Join(' ', new[] { cipher.Open(given, id, "GivenName"), cipher.Open(family, id, "FamilyName") }.Where(n => !string.IsNullOrEmpty(n)));

    /// <summary>
    /// The page's ids first, then their rows: the ids come from the indexes alone, where sorting whole rows read every
    /// due task of a director's programs from the table. Each audience (and each directed program and task audience)
    /// gives only its own first tasks up to the end of the page, in due order straight from its index: the page is among
    /// them, and SQLite sorts a few dozen ids instead of a director's thousands.
    /// </summary>
    private async Task<List<CaseTask>> PageAsync(IQueryable<CaseTask> candidates, int page, int size, CancellationToken ct)
    {
        var ids = await candidates.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Skip((page - 1) * size).Take(size).Select(t => t.Id).ToListAsync(ct);
        return await RowsAsync(ids, ct);
    }

    /// <summary>The tasks with these ids, in the ids' order.</summary>
    private async Task<List<CaseTask>> RowsAsync(List<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Set<CaseTask>().AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        // A task deleted in between (erasure) is simply left out.
        return [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    /// <summary>
    /// The caller's due tasks as disjoint audiences, each a query on its own index, joined by UNION ALL (an OR of them
    /// made SQLite walk every due task of the organisation):
    /// - their own tasks, by the caller's id;
    /// - for directors, the case-team and director tasks of their programs, by program id alone. A director sees whole
    ///   programs (67,000 people at 100k), and checking each task's participant cost a key lookup per task. This relies on
    ///   a task staying in its participant's program: <see cref="TaskPlanner"/> creates it there and moves it along;
    /// - case-team tasks of the other participants the caller sees (own cases, break-glass grants), by participant.
    /// The answer builds the selection, for all kinds or only some (tested in every audience's query); the caller's scope
    /// is read once for all of them.
    /// </summary>
    private async Task<Selection> SelectionAsync(CallerScope scope, DateOnly until, WorklistQuery query, CancellationToken ct)
    {
        var open = db.Set<CaseTask>().AsNoTracking().Where(t => t.Status == CaseTaskStatus.Open && t.DueOn <= until);
        if (!string.IsNullOrEmpty(query.Kind))
        {
            open = open.Where(t => t.Kind == query.Kind);
        }

        if (query.ParticipantId is { } participantId)
        {
            open = open.Where(t => t.ParticipantId == participantId);
        }

        var others = await access.VisibleOutsideDirectedProgramsAsync(ct);
        IReadOnlyList<TaskAudience> audiences = query.WithoutDirectorTasks ? [TaskAudience.CaseTeam] : [TaskAudience.CaseTeam, TaskAudience.ProgramDirectors];
        return new Selection(open, scope, others?.Select(p => p.Id), audiences);
    }

    /// <param name="Open">Open tasks due within the horizon, of the kind and participant asked for.</param>
    /// <param name="OtherParticipants">Participants the caller sees outside the programs they direct; null: none.</param>
    /// <param name="DirectorAudiences">The audiences a director sees in their programs.</param>
    private sealed record Selection(IQueryable<CaseTask> Open, CallerScope Scope, IQueryable<Guid>? OtherParticipants, IReadOnlyList<TaskAudience> DirectorAudiences)
    {
        /// <summary>Every due task of the caller, of these kinds (null: all).</summary>
        public IQueryable<CaseTask> All(IReadOnlyList<string>? kinds)
        {
            var directed = Scope.DirectedPrograms;
            var audiences = DirectorAudiences;
            var selection = WithTeam(Own(kinds), Team(kinds));
            // Program ids come from the caller's own role assignments, so they are already within the organisation.
            return directed.Count == 0 ? selection : selection.Concat(Of(kinds).Where(t => directed.Contains(t.ProgramId) && audiences.Contains(t.Audience)));
        }

        /// <summary>
        /// The first <paramref name="count"/> due tasks of each audience, and of each directed program apart: each is one
        /// range of an index in due order (program, status, due date, id, audience), so each stops after
        /// <paramref name="count"/> entries. The first <paramref name="count"/> of all are among them.
        /// </summary>
        public IQueryable<CaseTask> FirstOfEach(int count)
        {
            var team = Team(null);
            var selection = WithTeam(First(Own(null), count), team is null ? null : First(team, count));
            var audiences = DirectorAudiences;
            foreach (var program in Scope.DirectedPrograms)
            {
                selection = selection.Concat(First(Open.Where(t => t.ProgramId == program && audiences.Contains(t.Audience)), count));
            }

            return selection;
        }

        private static IQueryable<CaseTask> WithTeam(IQueryable<CaseTask> own, IQueryable<CaseTask>? team) => team is null ? own : own.Concat(team);

        private static IQueryable<CaseTask> First(IQueryable<CaseTask> tasks, int count) => tasks.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(count);

        private IQueryable<CaseTask> Of(IReadOnlyList<string>? kinds) => kinds is null ? Open : Open.Where(t => kinds.Contains(t.Kind));

        private IQueryable<CaseTask> Own(IReadOnlyList<string>? kinds)
        {
            var userId = Scope.UserId;
            // A user belongs to one organisation: with the organisation in this condition too, SQLite preferred its index.
            return Of(kinds).Where(t => t.Audience == TaskAudience.User && t.AssignedUserId == userId);
        }

        /// <summary>Case-team tasks of the participants the caller sees outside their directed programs; null: none.</summary>
        private IQueryable<CaseTask>? Team(IReadOnlyList<string>? kinds)
        {
            if (OtherParticipants is not { } others)
            {
                return null;
            }

            var organisationId = Scope.OrganisationId;
            var directed = Scope.DirectedPrograms;
            return Of(kinds).Where(t => t.OrganisationId == organisationId && t.Audience == TaskAudience.CaseTeam
                && !directed.Contains(t.ProgramId) && t.ParticipantId != null && others.Contains(t.ParticipantId.Value));
        }
    }
}

public sealed record WorklistItem(Guid Id, int Version, string Kind, string Title, DateOnly DueOn, bool Overdue, Guid? ParticipantId, string? ParticipantCode, TaskAudience Audience)
{
    /// <summary>The participant's name, for a caller who may see their record.</summary>
    public string? ParticipantName { get; init; }
}
