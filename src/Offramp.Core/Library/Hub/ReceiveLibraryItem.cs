using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// A signed profile or lesson arrives at the hub. It is accepted only from a registered, unrevoked publisher key (the
/// one its evidence bundles are signed with), unchanged and well formed, and only when newer than the profile version
/// the hub holds for that program, which it then supersedes. Every refusal is audited with its reason.
/// </summary>
public sealed class ReceiveLibraryItem(OfframpDbContext db, HubAccess access, IClock clock)
{
    public async Task<Guid> ExecuteAsync(byte[] file, CancellationToken ct = default) => await ReceiveAsync(await access.ReaderAsync(ct), file, ct);

    /// <summary>For the demo's hub, filled at first start when no one is signed in.</summary>
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
            db.Audit.Record(AuditActions.HubLibraryRefused, AuditEntities.HubLibraryItem, null, null, refused.Reason.ToString());
            await db.SaveChangesAsync(ct);
            throw;
        }
    }

    private async Task<Guid> AcceptAsync(HubCaller hub, byte[] file, CancellationToken ct)
    {
        var (envelope, document) = LibraryFile.Open(file);
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
            throw new EvidenceRejectedException(EvidenceRejection.RevokedKey, Phrase.Of($"The key {envelope.KeyId} was revoked: nothing signed with it is accepted any more."));
        }

        if (await db.Set<HubLibraryItem>().AnyAsync(i => i.Id == document.ItemId, ct))
        {
            throw new EvidenceRejectedException(EvidenceRejection.PeriodAlreadyPublished, Phrase.Of("This has already been received."));
        }

        HubLibraryItem? current = null;
        if (document.Kind == LibraryKinds.Profile)
        {
            current = await db.Set<HubLibraryItem>().SingleOrDefaultAsync(i => i.HubOrganisationId == hub.HubOrganisationId && i.PublisherId == key.PublisherId &&
                i.ProgramId == document.ProgramId && i.Kind == LibraryKinds.Profile && !i.Superseded, ct);
            if (current is not null && current.ProfileVersion >= document.Version)
            {
                throw new EvidenceRejectedException(EvidenceRejection.PeriodAlreadyPublished,
                    Phrase.Of($"The hub already holds version {current.ProfileVersion} of {document.ProgramName}'s profile; this is version {document.Version}."));
            }

            if (current is not null)
            {
                current.Superseded = true;
            }
        }

        var item = HubLibraryItems.Of(document, hub.HubOrganisationId, key.PublisherId, clock.UtcNow, hub.UserId);
        item.KeyId = key.KeyId;
        item.SignedFile = System.Text.Encoding.UTF8.GetString(file);
        db.Set<HubLibraryItem>().Add(item);
        db.Audit.Record(AuditActions.HubLibraryReceived, AuditEntities.HubLibraryItem, item.Id, null, $"{document.Kind} version {document.Version}, {key.KeyId}");
        await db.SaveChangesAsync(ct);
        return item.Id;
    }
}

/// <summary>A library document as the hub's row: the columns the library filters on, and the document itself.</summary>
public static class HubLibraryItems
{
    public static HubLibraryItem Of(LibraryDocument document, Guid hubId, Guid? publisherId, DateTimeOffset receivedAt, Guid? receivedBy)
    {
        var profile = document.Profile;
        return new HubLibraryItem
        {
            Id = document.ItemId,
            HubOrganisationId = hubId,
            PublisherId = publisherId,
            ProgramId = document.ProgramId,
            Kind = document.Kind,
            Title = profile?.Name ?? document.Lesson!.Title,
            ProgramName = document.ProgramName,
            ProgramKind = profile?.Kind ?? "",
            Setting = profile?.Setting,
            Country = profile?.Country,
            Region = profile?.Region,
            Aims = string.Join(',', profile?.Aims ?? []),
            Tags = string.Join(',', document.Lesson?.Tags ?? []),
            ProfileVersion = document.Version,
            ReceivedAt = receivedAt,
            ReceivedByUserId = receivedBy,
            Document = System.Text.Encoding.UTF8.GetString(CanonicalJson.Bytes(document)),
        };
    }
}
