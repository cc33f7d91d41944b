using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// A bundle arrives at the hub (upload or API). It is accepted only when signed, unchanged, schema-valid, from a
/// registered and unrevoked key, and new: a period the program already published is refused unless the bundle says it
/// corrects that release, which is then kept and marked superseded. Every refusal is audited with its reason.
/// </summary>
public sealed class ReceiveEvidenceBundle(OfframpDbContext db, HubAccess access, IClock clock)
{
    public async Task<Guid> ExecuteAsync(byte[] file, CancellationToken ct = default) =>
        await ReceiveAsync(await access.ReaderAsync(ct), file, ct);

    /// <summary>For the demo's hub, filled at first start when no one is signed in: the hub and its receiving admin are named.</summary>
    public Task<Guid> ForHubAsync(HubCaller hub, byte[] file, CancellationToken ct = default) => ReceiveAsync(hub, file, ct);

    private async Task<Guid> ReceiveAsync(HubCaller hub, byte[] file, CancellationToken ct)
    {
        try
        {
            return await AcceptAsync(hub, file, ct);
        }
        catch (EvidenceRejectedException refused)
        {
            db.ChangeTracker.Clear();
            db.Audit.Record(AuditActions.HubBundleRefused, AuditEntities.HubBundle, null, null, refused.Reason.ToString());
            await db.SaveChangesAsync(ct);
            throw;
        }
    }

    private async Task<Guid> AcceptAsync(HubCaller hub, byte[] file, CancellationToken ct)
    {
        var (envelope, bundle) = EvidenceFile.Open(file);
        var key = await db.Set<HubPublisherKey>().AsNoTracking()
            .Where(k => k.KeyId == envelope.KeyId && db.Set<HubPublisher>().Any(p => p.Id == k.PublisherId && p.HubOrganisationId == hub.HubOrganisationId))
            .SingleOrDefaultAsync(ct)
            ?? throw new EvidenceRejectedException(EvidenceRejection.UnknownKey, Phrase.Of($"The key {envelope.KeyId} is not registered at this hub: its admin registers the publisher's public key first."));
        if (!key.PublicKey.AsSpan().SequenceEqual(Convert.FromBase64String(envelope.PublicKey)))
        {
            throw new EvidenceRejectedException(EvidenceRejection.UnknownKey, Phrase.Of($"The file's public key is not the one registered as {envelope.KeyId}."));
        }

        if (key.RevokedAt is not null)
        {
            throw new EvidenceRejectedException(EvidenceRejection.RevokedKey, Phrase.Of($"The key {envelope.KeyId} was revoked: bundles signed with it are no longer accepted."));
        }

        if (await db.Set<HubBundle>().AnyAsync(b => b.Id == bundle.BundleId, ct))
        {
            throw new EvidenceRejectedException(EvidenceRejection.PeriodAlreadyPublished, Phrase.Of("This bundle has already been received."));
        }

        var period = EvidenceCellKeys.PeriodCode(bundle.Period);
        var current = await db.Set<HubBundle>().Where(b => b.HubOrganisationId == hub.HubOrganisationId && b.PublisherId == key.PublisherId &&
            b.ProgramId == bundle.Program.ProgramId && b.PeriodCode == period && !b.Superseded).SingleOrDefaultAsync(ct);
        if (current is not null && bundle.Supersedes != current.Id)
        {
            throw new EvidenceRejectedException(EvidenceRejection.PeriodAlreadyPublished,
                Phrase.Of($"{bundle.Program.Name} already published {bundle.Period.Describe()}: a correction must name the bundle it supersedes ({current.Id})."));
        }

        if (current is not null)
        {
            current.Superseded = true;
        }

        var received = new HubBundle
        {
            Id = bundle.BundleId,
            HubOrganisationId = hub.HubOrganisationId,
            PublisherId = key.PublisherId,
            KeyId = key.KeyId,
            ProgramId = bundle.Program.ProgramId,
            ProgramName = bundle.Program.Name,
            ProgramKind = bundle.Program.Kind,
            Country = bundle.Program.Country,
            Region = bundle.Program.Region,
            Movements = string.Join(',', bundle.Program.Movements),
            Aims = string.Join(',', bundle.Program.Aims),
            PeriodCode = period,
            CodedFields = HubCodedField.Serialize(HubCodedField.Of(bundle)),
            SupersedesBundleId = current?.Id,
            ReceivedAt = clock.UtcNow,
            ReceivedByUserId = hub.UserId,
            Document = System.Text.Encoding.UTF8.GetString(envelope.PayloadBytes()),
            SignedFile = System.Text.Encoding.UTF8.GetString(file),
        };
        db.Set<HubBundle>().Add(received);
        db.Set<HubMetric>().AddRange(HubMetric.Of(received, bundle));
        db.Audit.Record(AuditActions.HubBundleReceived, AuditEntities.HubBundle, received.Id, null, $"{key.KeyId}, period {period}");
        await db.SaveChangesAsync(ct);
        return received.Id;
    }
}
