using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Worklist;

/// <summary>
/// What is due for the caller: their own tasks, their case teams' tasks (for participants still in their scope)
/// and, for directors, the director tasks of their programs. Overdue first, then by due date.
/// </summary>
public sealed class ListWorklist(OfframpDbContext db, ScopeLoader scopes, ParticipantAccess access, IClock clock)
{
    public async Task<IReadOnlyList<WorklistItem>> ExecuteAsync(int horizonDays = 30, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var visible = access.Visible(scope);
        var directed = scope.DirectedPrograms.ToList();
        var until = clock.Today.AddDays(Math.Clamp(horizonDays, 0, 3650));
        var due = db.Set<CaseTask>().AsNoTracking()
            .Where(t => t.OrganisationId == scope.OrganisationId && t.Status == CaseTaskStatus.Open && t.DueOn <= until);

        // Which participants' team tasks the caller sees is asked two ways. A director sees whole programs (67,000 people
        // at 100k): listing them all for "IN (...)" read every participant on each home page (about 300 ms), so each due
        // task is checked instead, one key lookup each. A caseworker's team is small: listing it and seeking its tasks
        // by participant is cheaper than checking every due task of the organisation.
        due = directed.Count > 0
            ? due.Where(t =>
                (t.Audience == TaskAudience.User && t.AssignedUserId == scope.UserId) ||
                (t.Audience == TaskAudience.ProgramDirectors && directed.Contains(t.ProgramId)) ||
                (t.Audience == TaskAudience.CaseTeam && t.ParticipantId != null && visible.Any(p => p.Id == t.ParticipantId)))
            : due.Where(t =>
                (t.Audience == TaskAudience.User && t.AssignedUserId == scope.UserId) ||
                (t.Audience == TaskAudience.CaseTeam && t.ParticipantId != null && visible.Select(p => p.Id).Contains(t.ParticipantId.Value)));
        var tasks = await due
            .OrderBy(t => t.DueOn)
            .Take(500)
            .ToListAsync(ct);
        var ids = tasks.Where(t => t.ParticipantId is not null).Select(t => t.ParticipantId!.Value).Distinct().ToList();
        var codes = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var today = clock.Today;
        db.Audit.Record(AuditActions.Read, "worklist", null, null, $"{tasks.Count} tasks listed");
        await db.SaveChangesAsync(ct);
        return [.. tasks.Select(t => new WorklistItem(t.Id, t.Version, t.Kind, t.Title, t.DueOn, t.DueOn < today,
            t.ParticipantId, t.ParticipantId is { } p ? codes.GetValueOrDefault(p) : null, t.Audience))];
    }
}

public sealed record WorklistItem(Guid Id, int Version, string Kind, string Title, DateOnly DueOn, bool Overdue, Guid? ParticipantId, string? ParticipantCode, TaskAudience Audience);
