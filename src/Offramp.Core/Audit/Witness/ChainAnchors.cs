using Offramp.Core.Common;

namespace Offramp.Core.Audit.Witness;

/// <summary>
/// The heads the database chain must still contain: every head in the witness file (less those a recorded restore
/// deliberately rolled back) and an exported head passed to `audit verify --against`.
/// </summary>
internal sealed class ChainAnchors
{
    private readonly List<Anchor> anchors = [];
    private readonly List<Phrase> notes = [];

    public IEnumerable<long> Sequences => anchors.Select(a => a.Sequence);

    public IReadOnlyList<Phrase> Notes => notes;

    public static ChainAnchors From(WitnessLog log, SignedHead? against)
    {
        var result = new ChainAnchors();
        foreach (var (_, head) in log.Entries)
        {
            if (head.Kind == SignedHead.RestoreKind)
            {
                // Heads witnessed before the restore and beyond its point were rolled back on purpose: keep them on
                // record in the note, but the restored chain cannot hold them.
                result.anchors.RemoveAll(a => a.Sequence > head.Sequence);
                result.notes.Add(head.RolledBackFrom > head.Sequence
                    ? Phrase.Of($"restored from a backup on {head.SignedAt}: the chain was set back to event {head.Sequence} from event {head.RolledBackFrom} (events {head.Sequence + 1} to {head.RolledBackFrom} were rolled back)")
                    : Phrase.Of($"restored from a backup on {head.SignedAt}: the chain was set back to event {head.Sequence}"));
            }

            result.anchors.Add(new Anchor(head.Sequence, head.Hash, head.Kind == SignedHead.RestoreKind
                ? Phrase.Of($"the restore recorded on {head.SignedAt}")
                : Phrase.Of($"the witness saw on {head.SignedAt}")));
        }

        var newest = log.Entries.Where(e => e.Head.Kind == SignedHead.HeadKind).Select(e => e.Head.Sequence).DefaultIfEmpty(0).Max();
        result.notes.Insert(0, !log.Enabled
            ? Phrase.Of("witness: switched off, so a cut tail after the last checkpoint cannot be detected")
            : !log.Exists ? Phrase.Of("witness: no witness file yet, so a cut tail after the last checkpoint cannot be detected")
            : Phrase.Of($"witness: {log.Entries.Count} signed heads, the newest at event {newest}"));
        if (against is not null)
        {
            result.anchors.Add(new Anchor(against.Sequence, against.Hash, Phrase.Of($"the exported head signed on {against.SignedAt}")));
            result.notes.Add(Phrase.Of($"contains the exported head of {against.SignedAt} (event {against.Sequence})"));
        }

        return result;
    }

    /// <summary>What the chain (ending at <paramref name="count"/>, with the given hashes) fails to hold, or null.</summary>
    public (long Sequence, Phrase Reason)? FindMismatch(long count, IReadOnlyDictionary<long, string> hashes)
    {
        var beyond = anchors.Where(a => a.Sequence > count).MaxBy(a => a.Sequence);
        if (beyond is not null)
        {
            var what = count == 0
                ? Phrase.Of($"the chain is empty but {beyond.Source} event {beyond.Sequence}: every event was deleted or the database was replaced")
                : Phrase.Of($"the chain ends at event {count} but {beyond.Source} event {beyond.Sequence}: the tail was cut, or an older copy of the database was put in place");
            return (count + 1, what);
        }

        var forked = anchors.Where(a => hashes.GetValueOrDefault(a.Sequence) != a.Hash).MinBy(a => a.Sequence);
        return forked is null
            ? null
            : (forked.Sequence, Phrase.Of($"event {forked.Sequence} differs from what {forked.Source}: the chain was rewritten or replaced at or before that event"));
    }

    private sealed record Anchor(long Sequence, string Hash, Phrase Source);
}
