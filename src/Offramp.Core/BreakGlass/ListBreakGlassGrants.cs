using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.BreakGlass;

/// <summary>
/// Emergency accesses: a director sees those of their programs (with the reasons, to review them); everyone else
/// sees only their own grants.
/// </summary>
public sealed class ListBreakGlassGrants(OfframpDbContext db, ScopeLoader scopes, FieldCipher cipher, IClock clock)
{
    public async Task<IReadOnlyList<BreakGlassGrantView>> ExecuteAsync(bool pendingReviewOnly, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var directed = scope.DirectedPrograms.ToList();
        var query = db.Set<BreakGlassGrant>().AsNoTracking()
            .Where(g => g.OrganisationId == scope.OrganisationId && (directed.Contains(g.ProgramId) || g.UserId == scope.UserId));
        if (pendingReviewOnly)
        {
            query = query.Where(g => g.Review == null);
        }

        var grants = await query.OrderByDescending(g => g.GrantedAt).Take(200).ToListAsync(ct);
        var ids = grants.Select(g => g.ParticipantId).Distinct().ToList();
        var codes = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.BreakGlass, null, null, $"{grants.Count} emergency accesses listed");
        await db.SaveChangesAsync(ct);
        var now = clock.UtcNow;
        return [.. grants.Select(g => BreakGlassGrantView.Of(g, codes.GetValueOrDefault(g.ParticipantId, "erased"),
            cipher.Open(g.ReasonSealed, g.Id, "Reason"), now))];
    }
}
