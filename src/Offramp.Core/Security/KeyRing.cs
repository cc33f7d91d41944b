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

    public byte[] FieldKey(int id)
    {
        if (Load().FieldKeys.TryGetValue(id, out var key))
        {
            return key;
        }

        // Another instance or the CLI may have rotated since this one loaded: read the ring again once before giving up.
        Reload();
        return Load().FieldKeys.TryGetValue(id, out key)
            ? key
            : throw new CryptographicException($"Field key {id} is not in the key ring.");
    }

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
        if (MissingPurposes(keys).Any())
        {
            keys = CreateMissingKeys(db);
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

    private static IEnumerable<KeyPurpose> MissingPurposes(List<ProtectedKey> keys) =>
        Enum.GetValues<KeyPurpose>().Where(purpose => !keys.Any(k => k.Purpose == purpose));

    /// <summary>
    /// Several web instances (and the CLI) may start on a new database at the same moment. Each used to create its own
    /// keys and then seal and index with keys the others never loaded, so one instance could neither decrypt nor find
    /// what another wrote. Creation now happens under a lock that re-reads first, and every instance builds its ring from
    /// what the database holds once the lock is released.
    /// </summary>
    private List<ProtectedKey> CreateMissingKeys(OfframpDbContext db)
    {
        using (var transaction = db.Database.BeginTransaction())
        {
            // SQLite: the transaction begins IMMEDIATE and so already holds the write lock. PostgreSQL: this lock conflicts
            // with itself, so a second creator waits here and then finds the keys the first one made.
            if (db.IsPostgres)
            {
                db.Database.ExecuteSqlRaw("LOCK TABLE \"ProtectedKeys\" IN SHARE ROW EXCLUSIVE MODE");
            }

            var existing = db.ProtectedKeys.AsNoTracking().ToList();
            foreach (var purpose in MissingPurposes(existing))
            {
                db.ProtectedKeys.Add(new ProtectedKey
                {
                    Purpose = purpose,
                    WrappedMaterial = protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                    CreatedAt = clock.UtcNow,
                });
            }

            db.SaveChanges();
            transaction.Commit();
        }

        return db.ProtectedKeys.AsNoTracking().ToList();
    }

    private sealed record Snapshot(Dictionary<int, byte[]> FieldKeys, (int Id, byte[] Key) ActiveField, byte[] BlindIndex, byte[] AuditSigning);
}
