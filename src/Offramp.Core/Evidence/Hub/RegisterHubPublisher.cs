using System.ComponentModel.DataAnnotations;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence.Hub;

public sealed class RegisterHubPublisherCommand : IValidatableCommand
{
    [Required(ErrorMessage = "Name the publishing organisation.")]
    [StringLength(200, ErrorMessage = "The name is limited to 200 characters.")]
    public string Name { get; set; } = "";

    /// <summary>The Ed25519 public key, base64 (the "publicKey" of any bundle it signed, or what its director reads on the evidence page).</summary>
    [Required(ErrorMessage = "Give the publisher's public key (base64).")]
    [StringLength(100, ErrorMessage = "A public key is 44 characters of base64.")]
    public string PublicKey { get; set; } = "";

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (PublicKeyBytes() is null)
        {
            yield return (nameof(PublicKey), "This is not an Ed25519 public key: expected 32 bytes in base64 (44 characters).");
        }
    }

    public byte[]? PublicKeyBytes()
    {
        try
        {
            var bytes = Convert.FromBase64String(PublicKey.Trim());
            return bytes.Length == 32 ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>
/// The hub's admin registers a publishing organisation with a public key, or adds a new key (after a rotation) to one
/// already registered. Only bundles signed by a registered, unrevoked key are accepted.
/// </summary>
public sealed class RegisterHubPublisher(OfframpDbContext db, HubAccess access, IClock clock)
{
    public async Task<Guid> ExecuteAsync(RegisterHubPublisherCommand command, CancellationToken ct = default) =>
        await RegisterAsync(await access.AdminAsync(ct), command, ct);

    /// <summary>For the demo's hub, filled at first start when no one is signed in: the hub and its admin are named.</summary>
    public Task<Guid> ForHubAsync(HubCaller admin, RegisterHubPublisherCommand command, CancellationToken ct = default) =>
        admin.IsAdmin ? RegisterAsync(admin, command, ct) : throw new NotFoundException();

    private async Task<Guid> RegisterAsync(HubCaller hub, RegisterHubPublisherCommand command, CancellationToken ct)
    {
        CommandValidation.Ensure(command);
        var publicKey = command.PublicKeyBytes()!;
        var keyId = PublishingKeys.KeyIdOf(publicKey);
        var name = command.Name.Trim();
        var owner = await db.Set<HubPublisherKey>().Where(k => k.KeyId == keyId)
            .Join(db.Set<HubPublisher>().Where(p => p.HubOrganisationId == hub.HubOrganisationId), k => k.PublisherId, p => p.Id, (k, p) => p.Name)
            .FirstOrDefaultAsync(ct);
        if (owner is not null)
        {
            throw new ConflictException(Phrase.Of($"The key {keyId} is already registered for {owner}."));
        }

        var publisher = await db.Set<HubPublisher>().Include(p => p.Keys).SingleOrDefaultAsync(p => p.HubOrganisationId == hub.HubOrganisationId && p.Name == name, ct);
        if (publisher is null)
        {
            publisher = new HubPublisher { HubOrganisationId = hub.HubOrganisationId, Name = name, RegisteredByUserId = hub.UserId, RegisteredAt = clock.UtcNow };
            db.Set<HubPublisher>().Add(publisher);
        }

        publisher.Keys.Add(new HubPublisherKey { PublisherId = publisher.Id, KeyId = keyId, PublicKey = publicKey, RegisteredAt = clock.UtcNow });
        db.Audit.Record(AuditActions.HubPublisherRegistered, AuditEntities.HubPublisher, publisher.Id, null, keyId);
        await db.SaveChangesAsync(ct);
        return publisher.Id;
    }
}
