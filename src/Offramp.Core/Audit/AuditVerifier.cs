using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Core.Audit;

/// <summary>
/// Walks the whole chain in order and reports the first event that does not verify: an edited row (hash mismatch),
/// a deleted or reordered one (gap or broken link), or a cut tail (chain shorter than the head or a signed checkpoint).
/// </summary>
public sealed class AuditVerifier(OfframpDbContext db, CheckpointSigner signer)
{
    private const int BatchSize = 5000;

    public async Task<AuditVerification> VerifyAsync(IProgress<(long Done, long Total)>? progress = null, CancellationToken ct = default)
    {
        var total = await db.AuditEvents.LongCountAsync(ct);
        var expectedPrevious = AuditHasher.Genesis;
        long expectedSequence = 1;
        long lastSequence = 0;
        var lastHash = AuditHasher.Genesis;
        var hashes = new Dictionary<long, string>();
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(ct);
        var checkpointSequences = checkpoints.Select(c => c.Sequence).ToHashSet();

        while (true)
        {
            var batch = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Sequence > lastSequence)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var e in batch)
            {
                if (e.Sequence != expectedSequence)
                {
                    return AuditVerification.Broken(expectedSequence, $"event {expectedSequence} is missing (next present is {e.Sequence}): deleted or reordered");
                }

                if (e.PreviousHash != expectedPrevious)
                {
                    return AuditVerification.Broken(e.Sequence, $"event {e.Sequence} does not link to event {e.Sequence - 1}: reordered or replaced");
                }

                if (AuditHasher.Compute(e) != e.Hash)
                {
                    return AuditVerification.Broken(e.Sequence, $"event {e.Sequence} was modified after it was written");
                }

                if (checkpointSequences.Contains(e.Sequence))
                {
                    hashes[e.Sequence] = e.Hash;
                }

                expectedPrevious = e.Hash;
                lastHash = e.Hash;
                expectedSequence++;
            }

            lastSequence = batch[^1].Sequence;
            progress?.Report((expectedSequence - 1, total));
        }

        return VerifyTail(expectedSequence - 1, lastHash, checkpoints, hashes, await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(ct));
    }

    private AuditVerification VerifyTail(long count, string lastHash, List<AuditCheckpoint> checkpoints, Dictionary<long, string> hashes, AuditHead? head)
    {
        foreach (var checkpoint in checkpoints)
        {
            if (!signer.IsValid(checkpoint))
            {
                return AuditVerification.Broken(checkpoint.Sequence, $"checkpoint at event {checkpoint.Sequence} has an invalid signature");
            }

            if (checkpoint.Sequence > count)
            {
                return AuditVerification.Broken(count + 1, $"the chain ends at event {count} but a signed checkpoint covers event {checkpoint.Sequence}: the tail was cut");
            }

            if (hashes.GetValueOrDefault(checkpoint.Sequence) != checkpoint.Hash)
            {
                return AuditVerification.Broken(checkpoint.Sequence, $"event {checkpoint.Sequence} differs from the signed checkpoint");
            }
        }

        if (head is not null && (head.Sequence != count || head.Hash != lastHash))
        {
            return AuditVerification.Broken(Math.Min(head.Sequence, count) + 1, $"the chain ends at event {count} but its head says {head.Sequence}: the tail was cut or altered");
        }

        return AuditVerification.Intact(count, checkpoints.Count);
    }
}

public sealed record AuditVerification(bool IsIntact, long EventCount, int CheckpointCount, long? FirstBrokenSequence, string Message)
{
    public static AuditVerification Intact(long count, int checkpoints) =>
        new(true, count, checkpoints, null, $"audit chain intact: {count} events, {checkpoints} signed checkpoints");

    public static AuditVerification Broken(long sequence, string reason) => new(false, 0, 0, sequence, $"audit chain broken at event {sequence}: {reason}");
}
