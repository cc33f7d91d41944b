using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// One program's profile at the hub (any version; the current one by default), on EMMIE: its published evidence and
/// the pooled estimates of programs of the same kind, its moderators, lessons and economics. Opening a followed
/// profile marks what it published as seen.
/// </summary>
public sealed class GetLibraryProfile(OfframpDbContext db, HubAccess access, LibraryEvidence evidence, CompareEvidence compare, IClock clock)
{
    public async Task<LibraryProfileView> ExecuteAsync(Guid itemId, CancellationToken ct = default)
    {
        var hub = await access.ReaderAsync(ct);
        var item = await db.Set<HubLibraryItem>().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == itemId && i.HubOrganisationId == hub.HubOrganisationId && i.Kind == LibraryKinds.Profile, ct)
            ?? throw new NotFoundException();
        var lineage = await db.Set<HubLibraryItem>().AsNoTracking()
            .Where(i => i.HubOrganisationId == hub.HubOrganisationId && i.PublisherId == item.PublisherId && i.ProgramId == item.ProgramId)
            .Select(i => new { i.Id, i.Kind, i.ProfileVersion, i.ReceivedAt, i.Superseded, i.Document })
            .ToListAsync(ct);
        var profile = CanonicalJson.Read<LibraryDocument>(System.Text.Encoding.UTF8.GetBytes(item.Document)).Profile!;
        var publisher = item.PublisherId is { } publisherId
            ? await db.Set<HubPublisher>().AsNoTracking().Where(p => p.Id == publisherId).Select(p => p.Name).SingleAsync(ct)
            : null;
        var bundle = (await evidence.LatestAsync(hub.HubOrganisationId, [(item.PublisherId, item.ProgramId)], ct)).Values.SingleOrDefault();
        var follow = await db.Set<HubLibraryFollow>().SingleOrDefaultAsync(f => f.UserId == hub.UserId && f.HubOrganisationId == hub.HubOrganisationId &&
            f.PublisherId == item.PublisherId && f.ProgramId == item.ProgramId, ct);
        if (follow is not null)
        {
            // Seen now: the library stops flagging what this program published until it publishes again.
            follow.LastSeenAt = clock.UtcNow;
            await db.SaveChangesAsync(ct);
        }

        return new LibraryProfileView(item.Id, publisher, item.PublisherId, item.ProgramId, profile, item.ProfileVersion, item.ReceivedAt, item.KeyId,
            [.. lineage.Where(i => i.Kind == LibraryKinds.Profile).OrderByDescending(i => i.ProfileVersion).Select(i => new LibraryVersion(i.Id, i.ProfileVersion, i.ReceivedAt, !i.Superseded))],
            await EffectAsync(bundle, ct),
            bundle is null ? [] : Moderators(bundle),
            [.. lineage.Where(i => i.Kind == LibraryKinds.Lesson).OrderByDescending(i => i.ReceivedAt)
                .Select(i => new LibraryLessonView(i.Id, CanonicalJson.Read<LibraryDocument>(System.Text.Encoding.UTF8.GetBytes(i.Document)).Lesson!, i.ReceivedAt))],
            LibraryEconomicsCalculator.Of(profile, bundle),
            follow is not null);
    }

    private async Task<LibraryEffect> EffectAsync(EvidenceBundle? bundle, CancellationToken ct)
    {
        if (bundle is null)
        {
            return new LibraryEffect(null, EvidenceStrength.NotPublished, []);
        }

        // Comparable programs: the same kind of program publishing the same measure (ComparableMetric), each by its latest cumulative bundle.
        var comparison = await compare.ExecuteAsync(new CompareEvidenceQuery { Kind = bundle.Program.Kind }, ct);
        var metrics = bundle.Metrics.Select(m =>
        {
            var compared = comparison.Metrics.FirstOrDefault(c => c.Signature == ComparableMetric.Signature(m));
            var pooled = compared?.Pooled.FirstOrDefault(p => p.Measure == Offramp.Core.Evaluation.Reports.ReportLabels.PooledProportion);
            return new LibraryEffectMetric(m, ComparableMetric.Title(m), pooled, compared?.Programs.Count ?? 1);
        }).ToList();
        return new LibraryEffect(bundle, EvidenceStrength.Of(bundle), metrics);
    }

    /// <summary>Per measure and breakdown with published rates: whether two categories' intervals do not overlap (a conservative sign of a real difference).</summary>
    private static List<LibraryModerator> Moderators(EvidenceBundle bundle) =>
    [
        .. bundle.Metrics.SelectMany(m => m.Breakdowns.GroupBy(b => b.Dimension).Select(g =>
        {
            var rates = g.Where(b => b.Rate.Estimate is not null).ToList();
            var differs = rates.Any(a => rates.Any(b => a.Rate.Estimate!.Upper < b.Rate.Estimate!.Lower));
            return new LibraryModerator(ComparableMetric.Title(m), g.Key, [.. g], differs);
        })).Where(m => m.Categories.Count(c => c.Rate.Estimate is not null) >= 2),
    ];
}
