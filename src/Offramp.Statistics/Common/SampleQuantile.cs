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

    /// <summary>
    /// The type 7 quantile of <paramref name="values"/> (not NaN) by selecting the two order statistics it needs rather
    /// than sorting: the same figure in linear time. The values are reordered; a second call on them is still right.
    /// </summary>
    public static double Type7Select(double[] values, double probability)
    {
        if (values.Length == 0 || !(probability >= 0 && probability <= 1))
        {
            return double.NaN;
        }

        var h = (values.Length - 1) * probability;
        var low = (int)Math.Floor(h);
        var atLow = OrderStatistic(values, low);

        // After the selection everything past position low is at least atLow, so the next order statistic is their minimum.
        var atHigh = atLow;
        if (low + 1 < values.Length)
        {
            atHigh = values[low + 1];
            for (var i = low + 2; i < values.Length; i++)
            {
                atHigh = Math.Min(atHigh, values[i]);
            }
        }

        return atLow + ((h - low) * (atHigh - atLow));
    }

    public static double Type7Sorted(double[] sorted, double probability)
    {
        var h = (sorted.Length - 1) * probability;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    /// <summary>
    /// The k-th smallest value (0-based), leaving smaller values before position k and larger after it: quickselect
    /// with a three-way partition, so many equal values (weights take few distinct values) stay linear.
    /// </summary>
    private static double OrderStatistic(double[] values, int k)
    {
        var (lo, hi) = (0, values.Length - 1);
        while (lo < hi)
        {
            var pivot = MedianOfThree(values[lo], values[lo + ((hi - lo) / 2)], values[hi]);
            var (lt, i, gt) = (lo, lo, hi);
            while (i <= gt)
            {
                if (values[i] < pivot)
                {
                    (values[lt], values[i]) = (values[i], values[lt]);
                    lt++;
                    i++;
                }
                else if (values[i] > pivot)
                {
                    (values[gt], values[i]) = (values[i], values[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            if (k < lt)
            {
                hi = lt - 1;
            }
            else if (k > gt)
            {
                lo = gt + 1;
            }
            else
            {
                return pivot;
            }
        }

        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
