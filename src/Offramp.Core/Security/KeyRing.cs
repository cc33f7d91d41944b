using System.Security.Cryptography;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Security;

/// <summary>
/// Loads (or on first start creates) the data keys and unwraps them with Data Protection.
/// A singleton: keys are read once; a rotation reloads it.
/// </summary>
public sealed class KeyRing(IDataProtectionProvider protection, IServiceScopeFactory scopes, IClock clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Offramp.KeyRing.v1");
    private readonly Lock gate = new();
    private Snapshot? snapshot;

    public (int Id, byte[] Key) ActiveFieldKey => Load().ActiveField;

    public byte[] FieldKey(int id) =>
        Load().FieldKeys.TryGetValue(id, out var key)
            ? key
            : throw new CryptographicException($"Field key {id} is not in the key ring.");

    public byte[] BlindIndexKey => Load().BlindIndex;

    public byte[] AuditSigningKey => Load().AuditSigning;

    /// <summary>Forget cached keys, e.g. after `offramp keys rotate` added one.</summary>
    public void Reload()
    {
        lock (gate)
        {
            snapshot = null;
        }
    }

    private Snapshot Load()
    {
        var current = snapshot;
        if (current is not null)
        {
            return current;
        }

        lock (gate)
        {
            snapshot ??= Build();
            return snapshot;
        }
    }

    private Snapshot Build()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var keys = db.ProtectedKeys.AsNoTracking().ToList();
        foreach (var purpose in Enum.GetValues<KeyPurpose>())
        {
            if (!keys.Any(k => k.Purpose == purpose))
            {
                var created = new ProtectedKey
                {
                    Purpose = purpose,
                    WrappedMaterial = protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                    CreatedAt = clock.UtcNow,
                };
                db.ProtectedKeys.Add(created);
                db.SaveChanges();
                keys.Add(created);
            }
        }

        byte[] Unwrap(ProtectedKey k) => Convert.FromBase64String(protector.Unprotect(k.WrappedMaterial));
        var field = keys.Where(k => k.Purpose == KeyPurpose.FieldEncryption).ToDictionary(k => k.Id, Unwrap);
        var active = keys.Where(k => k.Purpose == KeyPurpose.FieldEncryption && k.RetiredAt is null).MaxBy(k => k.Id)
            ?? throw new CryptographicException("No active field key.");
        return new Snapshot(
            field,
            (active.Id, field[active.Id]),
            Unwrap(keys.Where(k => k.Purpose == KeyPurpose.BlindIndex).MinBy(k => k.Id)!),
            Unwrap(keys.Where(k => k.Purpose == KeyPurpose.AuditSigning).MinBy(k => k.Id)!));
    }

    private sealed record Snapshot(Dictionary<int, byte[]> FieldKeys, (int Id, byte[] Key) ActiveField, byte[] BlindIndex, byte[] AuditSigning);
}
