namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Rows of one table as parallel growable arrays: the participant they belong to and, where the table has them, a day
/// number and a code (an enum value), so a million rows cost a few arrays rather than a million objects. Read on one
/// connection while the participants are read on another, then joined to participant slots.
/// The arrays start at <paramref name="capacity"/> (about one row per participant): growing from small by doubling
/// wrote a million rows into arrays of twice the size in all, and fresh memory costs a page fault per page; capacity
/// a table does not use is never written, so it costs address space, not memory.
/// </summary>
internal sealed class KeyedRows(bool hasDays, bool hasCodes, int capacity)
{
    private Guid[] participants = new Guid[Math.Max(capacity, 1024)];
    private int[] days = hasDays ? new int[Math.Max(capacity, 1024)] : [];
    private int[] codes = hasCodes ? new int[Math.Max(capacity, 1024)] : [];

    public int Count { get; private set; }

    public ReadOnlySpan<Guid> Participants => participants.AsSpan(0, Count);

    public ReadOnlySpan<int> Days => days.AsSpan(0, hasDays ? Count : 0);

    public ReadOnlySpan<int> Codes => codes.AsSpan(0, hasCodes ? Count : 0);

    public void Add(Guid participant, int day = 0, int code = 0)
    {
        if (Count == participants.Length)
        {
            var size = Count * 2;
            Array.Resize(ref participants, size);
            if (hasDays)
            {
                Array.Resize(ref days, size);
            }

            if (hasCodes)
            {
                Array.Resize(ref codes, size);
            }
        }

        participants[Count] = participant;
        if (hasDays)
        {
            days[Count] = day;
        }

        if (hasCodes)
        {
            codes[Count] = code;
        }

        Count++;
    }
}
