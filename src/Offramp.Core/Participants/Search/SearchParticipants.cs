using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants.Caseload;

namespace Offramp.Core.Participants.Search;

/// <summary>
/// Finds participants in scope by code (exact), by full name or alias, or by national ID (exact, through blind indexes).
/// The search terms never reach the audit trail or logs; only which kind of search ran.
/// </summary>
public sealed class SearchParticipants(OfframpDbContext db, ParticipantAccess access, ScopeLoader scopes, IdentitySealer sealer, SummaryProjector projector)
{
    public async Task<IReadOnlyList<ParticipantSummary>> ExecuteAsync(string? term, CancellationToken ct = default)
    {
        term = term?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            throw new DomainException("Enter a code, a full name or a national ID.", "q");
        }

        if (term.Length > 200)
        {
            throw new DomainException("The search text is too long (200 characters at most).", "q");
        }

        var visible = await access.VisibleAsync(ct);
        var organisationId = (await scopes.GetAsync(ct)).OrganisationId;
        var code = term.ToUpperInvariant();
        var nameHash = sealer.SearchHash(BlindIndexKind.Name, term);
        var idHash = sealer.SearchHash(BlindIndexKind.NationalId, term);
        // The few exact matches first (code index, blind index within the organisation), then the scope check on just
        // those ids: one combined query let SQLite walk every participant of the organisation when its statistics were stale.
        var candidates = await db.Participants.Where(p => p.Code == code).Select(p => p.Id)
            .Concat(db.BlindIndex
                .Where(b => b.OrganisationId == organisationId &&
                    ((b.Kind == BlindIndexKind.Name && b.Hash == nameHash) || (b.Kind == BlindIndexKind.NationalId && b.Hash == idHash)))
                .Select(b => b.ParticipantId))
            .ToListAsync(ct);
        var rows = await visible.AsNoTracking()
            .Where(p => candidates.Contains(p.Id))
            .OrderBy(p => p.Code)
            .Take(50)
            .ToListAsync(ct);
        var items = await projector.ProjectAsync(rows, ct);
        db.Audit.Record(AuditActions.Search, AuditEntities.Participant, null, null, $"{items.Count} results");
        await db.SaveChangesAsync(ct);
        return items;
    }
}
