namespace Offramp.Statistics.Change;

/// <summary>Ranks of absolute values with ties sharing their average rank (scipy.stats.rankdata "average").</summary>
internal static class AverageRanks
{
    /// <summary>Returns each value's rank and the size of every tie group larger than one.</summary>
    public static (double[] Ranks, List<int> TieSizes) OfAbsoluteValues(double[] values)
    {
        var n = values.Length;
        var order = new int[n];
        var keys = new double[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = Math.Abs(values[i]);
        }

        Array.Sort(keys, order);
        var ranks = new double[n];
        var ties = new List<int>();
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start..end-1 hold ranks start+1..end; their average is (start + 1 + end) / 2.
            var average = (start + 1 + end) / 2.0;
            for (var i = start; i < end; i++)
            {
                ranks[order[i]] = average;
            }

            if (end - start > 1)
            {
                ties.Add(end - start);
            }

            start = end;
        }

        return (ranks, ties);
    }
}
