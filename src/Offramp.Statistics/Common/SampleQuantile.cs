namespace Offramp.Statistics.Common;

/// <summary>Sample quantiles as R's quantile() default (type 7: linear interpolation between order statistics).</summary>
public static class SampleQuantile
{
    public static double Type7(ReadOnlySpan<double> values, double probability)
    {
        if (values.IsEmpty || !(probability >= 0 && probability <= 1))
        {
            return double.NaN;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        return Type7Sorted(sorted, probability);
    }

    public static double Type7Sorted(double[] sorted, double probability)
    {
        var h = (sorted.Length - 1) * probability;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
