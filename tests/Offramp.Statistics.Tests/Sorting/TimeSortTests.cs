using Offramp.Statistics.Common;

namespace Offramp.Statistics.Tests.Sorting;

/// <summary>The radix sort of follow-up times gives the order Array.Sort gives, and keeps each row number with its time.</summary>
public sealed class TimeSortTests
{
    [Theory]
    [InlineData(100, false)]
    [InlineData(50_000, false)]
    [InlineData(50_000, true)]
    public void Times_come_out_sorted_with_their_rows(int n, bool wholeDays)
    {
        var random = new Random(n);
        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            times[i] = wholeDays ? random.Next(0, 3000) : random.Next(3) == 0 ? -0.0 : (random.NextDouble() - 0.2) * Math.Pow(10, random.Next(-3, 6));
        }

        var keys = (double[])times.Clone();
        var rows = Enumerable.Range(0, n).ToArray();

        TimeSort.Sort(keys, rows);

        var expected = (double[])times.Clone();
        Array.Sort(expected);
        Assert.Equal(expected, keys);
        Assert.Equal(Enumerable.Range(0, n), rows.Order());
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(times[rows[i]], keys[i]);
        }
    }
}
