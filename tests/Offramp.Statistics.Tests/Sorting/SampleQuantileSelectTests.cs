using Offramp.Statistics.Common;

namespace Offramp.Statistics.Tests.Sorting;

/// <summary>The type 7 quantile by selection is exactly the quantile of the sorted values, also with many ties.</summary>
public sealed class SampleQuantileSelectTests
{
    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(2, 20_000)]
    [InlineData(3, 7)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    public void Selection_gives_the_sorted_quantile(int seed, int n)
    {
        var random = new Random(seed);
        foreach (var distinct in new[] { 1, 3, 50, int.MaxValue })
        {
            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = distinct == int.MaxValue ? random.NextDouble() * 10 : random.Next(distinct) * 0.37;
            }

            var sorted = (double[])values.Clone();
            Array.Sort(sorted);
            var scratch = (double[])values.Clone();
            foreach (var probability in new[] { 0.01, 0.99, 0, 1, 0.5, 0.05, 0.95 })
            {
                Assert.Equal(SampleQuantile.Type7Sorted(sorted, probability), SampleQuantile.Type7Select(scratch, probability));
            }

            Array.Sort(scratch);
            Assert.Equal(sorted, scratch);
        }
    }
}
