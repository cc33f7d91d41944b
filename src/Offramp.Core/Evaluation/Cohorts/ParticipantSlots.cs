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

    /// <summary>Adds <paramref name="id"/> at <paramref name="slot"/> (an id added twice keeps the later slot).</summary>
    public void Add(Guid id, int slot)
    {
        if (Count >= entries.Length * 2 / 3)
        {
            Grow();
        }

        ref var entry = ref Find(entries, id);
        Count += entry.SlotPlusOne == 0 ? 1 : 0;
        (entry.Id, entry.SlotPlusOne) = (id, slot + 1);
    }

    public bool TryGetValue(Guid id, out int slot)
    {
        slot = Find(entries, id).SlotPlusOne - 1;
        return slot >= 0;
    }

    /// <summary>The entry holding <paramref name="id"/>, or the empty entry where it would go.</summary>
    private static ref Entry Find(Entry[] table, Guid id)
    {
        // The hash's high bits scaled to the table (Lemire's fast range): any size works, so the table stays at 1.5
        // entries per participant rather than the next power of two.
        var at = (int)(((ulong)Hash(id) * (ulong)table.Length) >> 32);
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
