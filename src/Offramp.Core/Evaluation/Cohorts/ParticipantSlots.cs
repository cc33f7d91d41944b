using System.Runtime.InteropServices;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Participant id to dataset slot, for joining a million participants' rows: open addressing with linear probing over
/// one array of (id, slot) entries. A Dictionary keeps its buckets and entries in two arrays, so every lookup of a
/// random id missed the cache twice, and a few million lookups and a million inserts were a sizeable part of the load.
/// Only adds and lookups are needed: ids are unique (the primary key) and nothing is removed.
/// </summary>
internal sealed class ParticipantSlots
{
    private Entry[] entries;

    /// <param name="capacity">How many ids are expected; the table grows if more come (e.g. added since they were counted).</param>
    public ParticipantSlots(int capacity) => entries = new Entry[SizeFor(capacity)];

    public int Count { get; private set; }

    /// <summary>
    /// Adds each of <paramref name="ids"/> at its index (an id added twice keeps the later index), a batch at a time with the batch's entries loaded before any is
    /// written (see <see cref="Lookup"/>): a million inserts one by one each waited for memory.
    /// </summary>
    public void AddAll(ReadOnlySpan<Guid> ids)
    {
        Span<int> starts = stackalloc int[Batch];
        for (var first = 0; first < ids.Length; first += Batch)
        {
            var batch = ids.Slice(first, Math.Min(Batch, ids.Length - first));
            while (Count + batch.Length > entries.Length * 2 / 3)
            {
                Grow();
            }

            var table = entries;
            for (var k = 0; k < batch.Length; k++)
            {
                starts[k] = Start(table, batch[k]);
                _ = Volatile.Read(ref table[starts[k]].SlotPlusOne);
            }

            for (var k = 0; k < batch.Length; k++)
            {
                ref var entry = ref Find(table, batch[k], starts[k]);
                Count += entry.SlotPlusOne == 0 ? 1 : 0;
                (entry.Id, entry.SlotPlusOne) = (batch[k], first + k + 1);
            }
        }
    }

    /// <summary>Joins rows to slots by their participant ids, a batch at a time (see <see cref="SlotJoin"/>).</summary>
    public SlotJoin Join(ReadOnlySpan<Guid> ids) => new(this, ids);

    /// <summary>How many ids <see cref="Lookup"/> takes at a time.</summary>
    public const int Batch = 32;

    /// <summary>
    /// The slot of each of up to <see cref="Batch"/> ids, -1 for an id not in the table. The table is tens of megabytes
    /// and each id lands at a random place in it, so a lookup one at a time waits for memory each time; here every id's
    /// first entry is loaded before any is probed, and the loads overlap.
    /// </summary>
    public void Lookup(ReadOnlySpan<Guid> ids, Span<int> slots)
    {
        var table = entries;
        Span<int> starts = stackalloc int[Batch];
        starts = starts[..ids.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            starts[k] = Start(table, ids[k]);
            _ = Volatile.Read(ref table[starts[k]].SlotPlusOne);
        }

        for (var k = 0; k < ids.Length; k++)
        {
            slots[k] = Find(table, ids[k], starts[k]).SlotPlusOne - 1;
        }
    }

    /// <summary>The entry holding <paramref name="id"/>, or the empty entry where it would go.</summary>
    private static ref Entry Find(Entry[] table, Guid id) => ref Find(table, id, Start(table, id));

    /// <summary>
    /// Where <paramref name="id"/>'s probe starts: the hash's high bits scaled to the table (Lemire's fast range), so
    /// any size works and the table stays at 1.5 entries per participant rather than the next power of two.
    /// </summary>
    private static int Start(Entry[] table, Guid id) => (int)(((ulong)Hash(id) * (ulong)table.Length) >> 32);

    private static ref Entry Find(Entry[] table, Guid id, int at)
    {
        while (true)
        {
            ref var entry = ref table[at];
            if (entry.SlotPlusOne == 0 || entry.Id == id)
            {
                return ref entry;
            }

            at = at + 1 == table.Length ? 0 : at + 1;
        }
    }

    private void Grow()
    {
        var larger = new Entry[SizeFor(entries.Length)];
        foreach (var entry in entries)
        {
            if (entry.SlotPlusOne != 0)
            {
                Find(larger, entry.Id) = entry;
            }
        }

        entries = larger;
    }

    private static int SizeFor(int count) => Math.Max(16, count + (count / 2));

    /// <summary>
    /// Mixes all 128 bits. Guid.GetHashCode XORs its four 32-bit words, which cancels out for ids whose words repeat each
    /// other (sequential or generated ids, as in bulk-loaded data).
    /// </summary>
    private static uint Hash(Guid id)
    {
        var words = MemoryMarshal.Cast<Guid, ulong>(MemoryMarshal.CreateReadOnlySpan(ref id, 1));
        var mixed = (words[0] * 0x9E3779B97F4A7C15UL) ^ (words[1] * 0xC2B2AE3D27D4EB4FUL);
        return (uint)(mixed >> 32) ^ (uint)mixed;
    }

    /// <summary>An id and its slot plus one, so that a zeroed entry is empty.</summary>
    private struct Entry
    {
        public Guid Id;
        public int SlotPlusOne;
    }
}
