namespace Offramp.Statistics.Common;

/// <summary>
/// Sorts follow-up times with what belongs to each row by a stable radix sort on the times' bits: four passes of 16 bits,
/// and a pass is skipped when every time has the same digit there (times in whole days or months leave the low bits
/// empty, so two passes usually do). On a million rows this is several times faster than Array.Sort's comparisons,
/// which took a fifth of a whole `analyze` run. Small inputs use Array.Sort; the order within tied times is not
/// defined by either, and no figure depends on it.
/// Times in whole numbers over a range no wider than the rows are many are sorted by counting instead (<see cref="WholeTimeSort"/>).
/// The items can be row numbers, or the row's own small values (event, group, stratum) carried along: reading those
/// afterwards through a million row numbers in time order is a random access each, slower than the sort itself.
/// </summary>
internal static class TimeSort
{
    private const int Digit = 16;
    private const int Buckets = 1 << Digit;
    private const int Passes = 64 / Digit;
    private const int RadixFrom = 1 << 14;
    private const ulong SignBit = 0x8000_0000_0000_0000;

    /// <summary>Sorts <paramref name="keys"/> ascending and applies the same permutation to <paramref name="items"/>. Keys must not be NaN.</summary>
    public static void Sort<T>(double[] keys, T[] items)
        where T : struct
    {
        var n = keys.Length;
        if (n < RadixFrom)
        {
            Array.Sort(keys, items);
            return;
        }

        if (WholeTimeSort.TrySort(keys, items))
        {
            return;
        }

        var bits = new ulong[n];
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var b = Sortable(keys[i]);
            bits[i] = b;
            for (var pass = 0; pass < Passes; pass++)
            {
                counts[(pass * Buckets) + (int)((b >> (pass * Digit)) & (Buckets - 1))]++;
            }
        }

        var spareBits = new ulong[n];
        var spareItems = new T[n];
        var currentItems = items;
        for (var pass = 0; pass < Passes; pass++)
        {
            var count = counts.AsSpan(pass * Buckets, Buckets);
            if (count[(int)((bits[0] >> (pass * Digit)) & (Buckets - 1))] == n)
            {
                continue; // every key has the same digit here
            }

            var offset = 0;
            for (var d = 0; d < Buckets; d++)
            {
                (count[d], offset) = (offset, offset + count[d]);
            }

            var shift = pass * Digit;
            for (var i = 0; i < n; i++)
            {
                var at = count[(int)((bits[i] >> shift) & (Buckets - 1))]++;
                spareBits[at] = bits[i];
                spareItems[at] = currentItems[i];
            }

            (bits, spareBits) = (spareBits, bits);
            (currentItems, spareItems) = (spareItems, currentItems);
        }

        if (!ReferenceEquals(currentItems, items))
        {
            currentItems.CopyTo(items, 0);
        }

        for (var i = 0; i < n; i++)
        {
            keys[i] = FromSortable(bits[i]);
        }
    }

    /// <summary>The double's bits as an unsigned number in the same order as the doubles (negative zero as zero).</summary>
    private static ulong Sortable(double value)
    {
        var raw = (ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value);
        return (raw & SignBit) != 0 ? ~raw : raw | SignBit;
    }

    private static double FromSortable(ulong bits) =>
        BitConverter.Int64BitsToDouble((long)((bits & SignBit) != 0 ? bits & ~SignBit : ~bits));
}
