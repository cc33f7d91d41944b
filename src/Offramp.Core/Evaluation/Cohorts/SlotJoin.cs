using System.Runtime.CompilerServices;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// A table's rows joined to participant slots: (row, slot) for each row whose participant has a slot, in row order.
/// The ids are looked up <see cref="ParticipantSlots.Batch"/> at a time (see <see cref="ParticipantSlots.Lookup"/>),
/// which at a million rows is several times faster than one by one. Use it in a foreach.
/// </summary>
internal ref struct SlotJoin
{
    private readonly ParticipantSlots slots;
    private readonly ReadOnlySpan<Guid> ids;
    private Found found;
    private int start;
    private int length;
    private int next;

    public SlotJoin(ParticipantSlots slots, ReadOnlySpan<Guid> ids)
    {
        this.slots = slots;
        this.ids = ids;
        start = -ParticipantSlots.Batch;
    }

    public readonly (int Row, int Slot) Current => (start + next - 1, found[next - 1]);

    public readonly SlotJoin GetEnumerator() => this;

    public bool MoveNext()
    {
        while (true)
        {
            while (next < length)
            {
                if (found[next++] >= 0)
                {
                    return true;
                }
            }

            start += ParticipantSlots.Batch;
            if (start >= ids.Length)
            {
                return false;
            }

            (length, next) = (Math.Min(ParticipantSlots.Batch, ids.Length - start), 0);
            slots.Lookup(ids.Slice(start, length), found);
        }
    }

    [InlineArray(ParticipantSlots.Batch)]
    private struct Found
    {
        private int slot;
    }
}
