using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit.Witness;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Audit;

/// <summary>
/// Walks the whole chain in order and reports the first event that does not verify: an edited row (hash mismatch),
/// a deleted or reordered one (gap or broken link), or a cut tail (chain shorter than the head or a signed checkpoint).
/// Then it checks the chain against what lives outside the database: every head in the witness file, and optionally an
/// exported head, must still be in the chain with the same hash, which catches a tail cut together with its checkpoints
/// and head, an emptied chain, and an old backup put back as current.
/// </summary>
public sealed class AuditVerifier(OfframpDbContext db, CheckpointSigner signer, AuditWitness witness)
{
    private const int BatchSize = 5000;

    public Task<AuditVerification> VerifyAsync(IProgress<(long Done, long Total)>? progress = null, CancellationToken ct = default) =>
        VerifyAsync(null, progress, ct);

    /// <param name="against">An exported head (`audit head --out`) the chain must still contain.</param>
    public async Task<AuditVerification> VerifyAsync(SignedHead? against, IProgress<(long Done, long Total)>? progress = null, CancellationToken ct = default)
    {
        // Read the witness before the chain: every head in it committed before the walk starts, so a running app
        // appending meanwhile never looks like a cut.
        var log = WitnessLog.Read(witness);
        if (log.Problem is not null)
        {
            return AuditVerification.Rejected(log.Problem);
        }

        if (against is not null && CheckExportedHead(against) is { } refused)
        {
            return AuditVerification.Rejected(refused);
        }

        var anchors = ChainAnchors.From(log, against);
        var total = await db.AuditEvents.LongCountAsync(ct);
        var expectedPrevious = AuditHasher.Genesis;
        long expectedSequence = 1;
        long lastSequence = 0;
        var lastHash = AuditHasher.Genesis;
        var hashes = new Dictionary<long, string>();
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(ct);
        var checkpointSequences = checkpoints.Select(c => c.Sequence).Concat(anchors.Sequences).ToHashSet();

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
                    return AuditVerification.Broken(expectedSequence, Phrase.Of($"event {expectedSequence} is missing (next present is {e.Sequence}): deleted or reordered"));
                }

                if (e.PreviousHash != expectedPrevious)
                {
                    return AuditVerification.Broken(e.Sequence, Phrase.Of($"event {e.Sequence} does not link to event {e.Sequence - 1}: reordered or replaced"));
                }

                if (AuditHasher.Compute(e) != e.Hash)
                {
                    return AuditVerification.Broken(e.Sequence, Phrase.Of($"event {e.Sequence} was modified after it was written"));
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

        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        return VerifyTail(expectedSequence - 1, lastHash, checkpoints, hashes, head) ?? VerifyAnchors(expectedSequence - 1, checkpoints.Count, anchors, hashes, head);
    }

    private Phrase? CheckExportedHead(SignedHead against)
    {
        if (against.PublicKey is { } key && !string.Equals(key, witness.PublicKey, StringComparison.OrdinalIgnoreCase))
        {
            return Phrase.Of($"the head file was signed with public key {key}, not this installation's {witness.PublicKey}");
        }

        return witness.Verifies(against) ? null : Phrase.Of("the head file's signature does not verify: it was altered after it was exported");
    }

    private static AuditVerification VerifyAnchors(long count, int checkpointCount, ChainAnchors anchors, Dictionary<long, string> hashes, AuditHead? head)
    {
        var mismatch = anchors.FindMismatch(count, hashes);
        if (head is null && count > 0)
        {
            // The app creates the head with the first event and never deletes it.
            return AuditVerification.Broken(count + 1, mismatch is { } m
                ? Phrase.Of($"{m.Reason}; the AuditHeads row was deleted as well")
                : Phrase.Of($"the chain has {count} events but the AuditHeads row is missing: it was deleted, perhaps with the newest events"));
        }

        return mismatch is { } found
            ? AuditVerification.Broken(found.Sequence, found.Reason)
            : AuditVerification.Intact(count, checkpointCount, anchors.Notes);
    }

    private AuditVerification? VerifyTail(long count, string lastHash, List<AuditCheckpoint> checkpoints, Dictionary<long, string> hashes, AuditHead? head)
    {
        foreach (var checkpoint in checkpoints)
        {
            if (!signer.IsValid(checkpoint))
            {
                return AuditVerification.Broken(checkpoint.Sequence, Phrase.Of($"checkpoint at event {checkpoint.Sequence} has an invalid signature"));
            }

            if (checkpoint.Sequence > count)
            {
                return AuditVerification.Broken(count + 1, Phrase.Of($"the chain ends at event {count} but a signed checkpoint covers event {checkpoint.Sequence}: the tail was cut"));
            }

            if (hashes.GetValueOrDefault(checkpoint.Sequence) != checkpoint.Hash)
            {
                return AuditVerification.Broken(checkpoint.Sequence, Phrase.Of($"event {checkpoint.Sequence} differs from the signed checkpoint"));
            }
        }

        if (head is not null && (head.Sequence != count || head.Hash != lastHash))
        {
            return AuditVerification.Broken(Math.Min(head.Sequence, count) + 1, Phrase.Of($"the chain ends at event {count} but its head says {head.Sequence}: the tail was cut or altered"));
        }

        return null;
    }
}

/// <summary>
/// What <c>audit verify</c>, a restore and the audit page report. <see cref="Wording"/> and <see cref="Notes"/> are
/// phrases, so the CLI and the page word them in the reader's language; <see cref="Message"/> is the English text
/// scripts and logs have always read.
/// </summary>
public sealed record AuditVerification(bool IsIntact, long EventCount, int CheckpointCount, long? FirstBrokenSequence, Phrase Wording,
    IReadOnlyList<Phrase>? Notes = null)
{
    public string Message => Wording.ToString();

    public static AuditVerification Intact(long count, int checkpoints, IReadOnlyList<Phrase> notes) =>
        new(true, count, checkpoints, null, Phrase.Of($"audit chain intact: {count} events, {checkpoints} signed checkpoints"), notes);

    public static AuditVerification Broken(long sequence, Phrase reason) => new(false, 0, 0, sequence, Phrase.Of($"audit chain broken at event {sequence}: {reason}"));

    /// <summary>The evidence outside the database (witness file, exported head) cannot be trusted, so nothing is vouched for.</summary>
    public static AuditVerification Rejected(Phrase reason) => new(false, 0, 0, null, Phrase.Of($"audit chain cannot be verified: {reason}"));
}
