namespace Offramp.Statistics.Common;

/// <summary>
/// The common case of <see cref="TimeSort"/>: follow-up counted in whole days or months, so every time is a whole
/// number in a range no wider than the rows are many. A counting sort then places each row with one pass to count
/// and one to move, both in file order; the radix sort's two passes over 65,536 buckets each scatter rows across
/// far more memory. Stable, like the radix sort, so both give the same order.
/// </summary>
internal static class WholeTimeSort
{
    /// <summary>Sorts as <see cref="TimeSort.Sort"/> does and returns true, or returns false (nothing changed) when the times are not such whole numbers.</summary>
    public static bool TrySort<T>(double[] keys, T[] items)
        where T : struct
    {
        var n = keys.Length;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var key in keys)
        {
            if (key != Math.Floor(key))
            {
                return false;
            }

            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        if (!(max - min < n))
        {
            return false;
        }

        var counts = new int[(int)(max - min) + 2];
        foreach (var key in keys)
        {
            counts[(int)(key - min) + 1]++;
        }

        for (var value = 1; value < counts.Length; value++)
        {
            counts[value] += counts[value - 1];
        }

        var sortedKeys = new double[n];
        var sortedItems = new T[n];
        for (var i = 0; i < n; i++)
        {
            var at = counts[(int)(keys[i] - min)]++;

            // As the radix sort, which orders by bits: a time of -0 comes out as 0.
            sortedKeys[at] = keys[i] == 0 ? 0.0 : keys[i];
            sortedItems[at] = items[i];
        }

        sortedKeys.CopyTo(keys, 0);
        sortedItems.CopyTo(items, 0);
        return true;
    }
}
