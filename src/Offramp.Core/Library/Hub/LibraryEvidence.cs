using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// The evidence a profile stands on: the latest cumulative bundle its program published to this hub (same publisher,
/// same program id), and how strong that evidence is. Profiles taken from published sources have no bundles here.
/// </summary>
public sealed class LibraryEvidence(OfframpDbContext db)
{
    public async Task<Dictionary<(Guid Publisher, Guid Program), EvidenceBundle>> LatestAsync(Guid hubId, IEnumerable<(Guid? Publisher, Guid Program)> programs, CancellationToken ct)
    {
        var wanted = programs.Where(p => p.Publisher is not null).Select(p => (p.Publisher!.Value, p.Program)).ToHashSet();
        if (wanted.Count == 0)
        {
            return [];
        }

        var programIds = wanted.Select(w => w.Program).Distinct().ToList();
        var rows = await db.Set<HubBundle>().AsNoTracking()
            .Where(b => b.HubOrganisationId == hubId && !b.Superseded && programIds.Contains(b.ProgramId) && b.PeriodCode.StartsWith("all-"))
            .Select(b => new { b.PublisherId, b.ProgramId, b.PeriodCode, b.Document })
            .ToListAsync(ct);
        return rows.Where(r => wanted.Contains((r.PublisherId, r.ProgramId)))
            .GroupBy(r => (r.PublisherId, r.ProgramId))
            .ToDictionary(g => g.Key, g => CanonicalJson.Read<EvidenceBundle>(System.Text.Encoding.UTF8.GetBytes(g.MaxBy(r => r.PeriodCode, StringComparer.Ordinal)!.Document)));
    }

    /// <summary>When each program's newest bundle arrived: what a follower has not seen yet.</summary>
    public async Task<Dictionary<(Guid Publisher, Guid Program), DateTimeOffset>> NewestReceiptAsync(Guid hubId, IReadOnlyCollection<Guid> programIds, CancellationToken ct)
    {
        var rows = await db.Set<HubBundle>().AsNoTracking()
            .Where(b => b.HubOrganisationId == hubId && programIds.Contains(b.ProgramId))
            .Select(b => new { b.PublisherId, b.ProgramId, b.ReceivedAt })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.PublisherId, r.ProgramId)).ToDictionary(g => g.Key, g => g.Max(r => r.ReceivedAt));
    }
}
