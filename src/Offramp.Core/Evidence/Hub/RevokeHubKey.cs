using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// The hub's admin revokes a publisher's key (lost, stolen, or retired): nothing signed with it is accepted from now
/// on. Bundles already accepted stay, marked with the key they were signed with.
/// </summary>
public sealed class RevokeHubKey(OfframpDbContext db, HubAccess access, IClock clock)
{
    public async Task ExecuteAsync(Guid hubKeyId, CancellationToken ct = default)
    {
        var hub = await access.AdminAsync(ct);
        var key = await db.Set<HubPublisherKey>()
            .Where(k => k.Id == hubKeyId && db.Set<HubPublisher>().Any(p => p.Id == k.PublisherId && p.HubOrganisationId == hub.HubOrganisationId))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var keyId = key.KeyId;
        if (key.RevokedAt is not null)
        {
            throw new ConflictException(Phrase.Of($"The key {keyId} is already revoked."));
        }

        key.RevokedAt = clock.UtcNow;
        key.RevokedByUserId = hub.UserId;
        db.Audit.Record(AuditActions.HubKeyRevoked, AuditEntities.HubPublisher, key.PublisherId, null, keyId);
        await db.SaveChangesAsync(ct);
    }
}
