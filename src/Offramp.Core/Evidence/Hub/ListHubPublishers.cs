using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Core.Evidence.Hub;

/// <summary>The publishers the hub accepts bundles from, with their keys and how many bundles each sent.</summary>
public sealed class ListHubPublishers(OfframpDbContext db, HubAccess access)
{
    public async Task<IReadOnlyList<HubPublisherView>> ExecuteAsync(CancellationToken ct = default)
    {
        var hub = await access.ReaderAsync(ct);
        var publishers = await db.Set<HubPublisher>().AsNoTracking().Include(p => p.Keys)
            .Where(p => p.HubOrganisationId == hub.HubOrganisationId).OrderBy(p => p.Name).ToListAsync(ct);
        var counts = await db.Set<HubBundle>().Where(b => b.HubOrganisationId == hub.HubOrganisationId)
            .GroupBy(b => b.PublisherId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. publishers.Select(p => new HubPublisherView(p.Id, p.Name, p.RegisteredAt, counts.GetValueOrDefault(p.Id),
            [.. p.Keys.OrderBy(k => k.Id).Select(k => new HubKeyView(k.Id, k.KeyId, Convert.ToBase64String(k.PublicKey), k.RegisteredAt, k.RevokedAt))]))];
    }
}

public sealed record HubPublisherView(Guid Id, string Name, DateTimeOffset RegisteredAt, int Bundles, IReadOnlyList<HubKeyView> Keys);

public sealed record HubKeyView(Guid Id, string KeyId, string PublicKey, DateTimeOffset RegisteredAt, DateTimeOffset? RevokedAt);
