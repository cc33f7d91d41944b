using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Safeguarding;

/// <summary>
/// A participant's concerns. The director reads them all; a team member only the ones they raised themselves,
/// because a concern may carry what a colleague learnt in confidence.
/// </summary>
public sealed class ListConcerns(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<IReadOnlyList<ConcernView>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        var userId = standing.Scope.UserId;
        var query = db.Set<Concern>().AsNoTracking().Where(c => c.ParticipantId == participantId);
        if (!standing.IsDirector)
        {
            query = query.Where(c => c.RaisedByUserId == userId);
        }

        var concerns = await query.OrderByDescending(c => c.RaisedAt).ToListAsync(ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.Concern, null, participantId, $"{concerns.Count} concerns listed");
        await db.SaveChangesAsync(ct);
        return [.. concerns.Select(c => new ConcernView(c.Id, c.Version, c.ObservedOn, c.ObservedBy, cipher.Open(c.ObservationSealed, c.Id, "Observation"),
            c.Urgency, c.Status, c.RaisedAt))];
    }
}

public sealed record ConcernView(Guid Id, int Version, DateOnly ObservedOn, string ObservedBy, string? Observation, ConcernUrgency Urgency,
    ConcernStatus Status, DateTimeOffset RaisedAt);
