using Microsoft.Extensions.Caching.Memory;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// Comparisons the hub already computed, per hub, filters and hub state. A hub only ever adds to what it holds
/// (a correction is a new bundle; nothing is edited or deleted), so the number of its bundles and metric rows names its
/// state: any receipt changes the key, and a stale comparison is never served. Every reader of a hub sees the same
/// aggregates, so sharing them across readers discloses nothing.
/// </summary>
public sealed class HubComparisons : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 500 });

    public async Task<EvidenceComparisonView> GetOrComputeAsync(HubState state, CompareEvidenceQuery query, Func<Task<EvidenceComparisonView>> compute)
    {
        var key = (state, query);
        if (cache.TryGetValue(key, out EvidenceComparisonView? known) && known is not null)
        {
            return known;
        }

        var computed = await compute();
        cache.Set(key, computed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return computed;
    }

    public void Dispose() => cache.Dispose();
}

/// <summary>A hub's state: what it holds, counted (see <see cref="HubComparisons"/>).</summary>
public sealed record HubState(Guid HubOrganisationId, int Bundles, int MetricRows);
