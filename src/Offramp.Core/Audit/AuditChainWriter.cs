using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Audit;

/// <summary>Appends pending events to the chain inside the caller's transaction and signs a checkpoint every so often.</summary>
public sealed class AuditChainWriter(CheckpointSigner signer, IClock clock)
{
    /// <summary>Events between signed checkpoints: the most a truncated tail can hide before verification notices.</summary>
    public const int CheckpointInterval = 64;

    /// <summary>Call before opening the transaction that appends: a checkpoint may fall due inside it.</summary>
    internal void PrepareToSign() => signer.EnsureKeyLoaded();

    internal async Task AppendAsync(OfframpDbContext db, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var head = await LockHeadAsync(db, ct);
        var now = AuditHasher.Normalise(clock.UtcNow);
        foreach (var e in events)
        {
            e.Sequence = head.Sequence + 1;
            e.OccurredAt = now;
            e.PreviousHash = head.Hash;
            e.Hash = AuditHasher.Compute(e);
            db.AuditEvents.Add(e);
            head.Sequence = e.Sequence;
            head.Hash = e.Hash;
            if (e.Sequence % CheckpointInterval == 0)
            {
                db.AuditCheckpoints.Add(NewCheckpoint(head, now));
            }
        }

        // Bulk writers (the demo seeder) switch automatic change detection off; the head must move regardless,
        // or the next writer reuses a sequence number and the chain no longer matches its head.
        db.Entry(head).DetectChanges();
        db.Audit.NoteAppendedHead(head.Sequence, head.Hash);
    }

    /// <summary>Signs the current head now (used by `offramp audit checkpoint` and at shutdown).</summary>
    public async Task CheckpointAsync(OfframpDbContext db, CancellationToken ct)
    {
        signer.EnsureKeyLoaded();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var head = await LockHeadAsync(db, ct);
        if (head.Sequence > 0)
        {
            db.AuditCheckpoints.Add(NewCheckpoint(head, AuditHasher.Normalise(clock.UtcNow)));
            await db.SaveChangesAsync(ct);
            db.Audit.NoteAppendedHead(head.Sequence, head.Hash);
        }

        await tx.CommitAsync(ct);
    }

    private AuditCheckpoint NewCheckpoint(AuditHead head, DateTimeOffset now) => new()
    {
        Sequence = head.Sequence,
        Hash = head.Hash,
        SignedAt = now,
        Signature = signer.Sign(head.Sequence, head.Hash),
    };

    private static async Task<AuditHead> LockHeadAsync(OfframpDbContext db, CancellationToken ct)
    {
        // A context that saved audit events before still tracks the head as it left it, and EF returns a tracked entity
        // unchanged from a query: a second audited save in one request (the home page audits the worklist and the
        // caseload) would then append after a head that another request has since moved, and collide on Sequence.
        foreach (var stale in db.ChangeTracker.Entries<AuditHead>().ToList())
        {
            stale.State = EntityState.Detached;
        }

        // PostgreSQL: FOR UPDATE makes concurrent writers queue here instead of forking the chain.
        // SQLite: the transaction already holds the database write lock.
        var query = db.IsPostgres
            ? db.AuditHeads.FromSqlRaw("SELECT * FROM \"AuditHeads\" WHERE \"Id\" = 1 FOR UPDATE")
            : db.AuditHeads.Where(h => h.Id == 1);
        var head = (await query.ToListAsync(ct)).SingleOrDefault();
        if (head is null)
        {
            head = new AuditHead { Id = 1, Sequence = 0, Hash = AuditHasher.Genesis };
            db.AuditHeads.Add(head);
        }

        return head;
    }
}
