using System.Security.Cryptography;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

using NSec.Cryptography;

using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evidence.Signing;

/// <summary>
/// Finds (or on first release creates) an organisation's active publishing key, signs with it, and rotates it.
/// </summary>
public sealed class PublishingKeys(OfframpDbContext db, IDataProtectionProvider protection, IClock clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Offramp.Evidence.PublishingKey.v1");

    public async Task<PublishingKey> ActiveAsync(Guid organisationId, CancellationToken ct) =>
        await db.Set<PublishingKey>().AsNoTracking().Where(k => k.OrganisationId == organisationId && k.RetiredAt == null)
            .OrderByDescending(k => k.Id).FirstOrDefaultAsync(ct)
        ?? await CreateAsync(organisationId, ct);

    /// <summary>A new key becomes active; the previous ones are retired (kept, so releases they signed still verify).</summary>
    public async Task<PublishingKey> RotateAsync(Guid organisationId, CancellationToken ct)
    {
        var now = clock.UtcNow;
        await db.Set<PublishingKey>().Where(k => k.OrganisationId == organisationId && k.RetiredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RetiredAt, now), ct);
        return await CreateAsync(organisationId, ct);
    }

    public byte[] Sign(PublishingKey key, byte[] payload)
    {
        var seed = Convert.FromBase64String(protector.Unprotect(key.WrappedPrivateKey));
        try
        {
            using var privateKey = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
            return SignatureAlgorithm.Ed25519.Sign(privateKey, payload);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    public static string KeyIdOf(byte[] publicKey) => "ed25519:" + Convert.ToHexStringLower(SHA256.HashData(publicKey))[..16];

    private async Task<PublishingKey> CreateAsync(Guid organisationId, CancellationToken ct)
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var seed = key.Export(KeyBlobFormat.RawPrivateKey);
        var publicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var created = new PublishingKey
        {
            OrganisationId = organisationId,
            KeyId = KeyIdOf(publicKey),
            PublicKey = publicKey,
            WrappedPrivateKey = protector.Protect(Convert.ToBase64String(seed)),
            CreatedAt = clock.UtcNow,
        };
        CryptographicOperations.ZeroMemory(seed);
        db.Set<PublishingKey>().Add(created);
        await db.SaveChangesAsync(ct);
        db.Entry(created).State = EntityState.Detached;
        return created;
    }
}
