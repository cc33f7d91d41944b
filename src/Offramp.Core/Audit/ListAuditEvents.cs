using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants.Caseload;

namespace Offramp.Core.Audit;

/// <summary>
/// The auditor's view of their organisation's trail, newest first, optionally for one participant code.
/// Events hold no personal data or note text, so showing them reveals that something was read, never what it said.
/// </summary>
public sealed class ListAuditEvents(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<Page<AuditEventView>> ExecuteAsync(string? participantCode, int page, int pageSize, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!scope.IsAuditor)
        {
            throw new NotFoundException();
        }

        pageSize = Math.Clamp(pageSize, 1, 500);
        page = Math.Max(page, 1);
        var query = db.AuditEvents.AsNoTracking().Where(e => e.OrganisationId == scope.OrganisationId);
        if (!string.IsNullOrWhiteSpace(participantCode))
        {
            var code = participantCode.Trim().ToUpperInvariant();
            var ids = db.Participants.Where(p => p.Code == code && p.OrganisationId == scope.OrganisationId).Select(p => (Guid?)p.Id);
            query = query.Where(e => ids.Contains(e.ParticipantId));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.Sequence).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var userIds = rows.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var participantIds = rows.Where(r => r.ParticipantId is not null).Select(r => r.ParticipantId!.Value).Distinct().ToList();
        var codes = await db.Participants.AsNoTracking().Where(p => participantIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        return new Page<AuditEventView>(
            [.. rows.Select(r => new AuditEventView(
                r.Sequence, r.OccurredAt, r.UserId is { } u ? names.GetValueOrDefault(u, "former user") : "system",
                r.Action, r.EntityType, r.EntityId, r.ParticipantId is { } p ? codes.GetValueOrDefault(p) : null, r.Origin, r.Detail))],
            page, pageSize, total);
    }
}

public sealed record AuditEventView(long Sequence, DateTimeOffset OccurredAt, string User, string Action, string EntityType, Guid? EntityId,
    string? ParticipantCode, string? Origin, string? Detail);
