namespace Offramp.Statistics.Change;

/// <summary>after - before per pair, with the mean and sample variance computed as NumPy/SciPy do.</summary>
internal sealed class PairedDifferences
{
    public PairedDifferences(ReadOnlySpan<double> before, ReadOnlySpan<double> after)
    {
        if (before.Length != after.Length)
        {
            throw new ArgumentException($"There are {before.Length} scores before but {after.Length} after.", nameof(after));
        }

        Values = new double[before.Length];
        for (var i = 0; i < before.Length; i++)
        {
            if (!double.IsFinite(before[i]) || !double.IsFinite(after[i]))
            {
                throw new ArgumentException($"Pair {i} has a missing or non-finite score.", nameof(before));
            }

            Values[i] = after[i] - before[i];
        }

        Mean = MeanOf(Values);
        Variance = SampleVariance(Values, Mean);
    }

    public double[] Values { get; }

    public int Count => Values.Length;

    public double Mean { get; }

    /// <summary>Sample variance (n - 1 denominator); NaN for fewer than two pairs.</summary>
    public double Variance { get; }

    public static double MeanOf(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return values.Length == 0 ? double.NaN : sum / values.Length;
    }

    // SciPy's _var: the mean squared deviation scaled by n/(n - 1), two passes for accuracy.
    public static double SampleVariance(ReadOnlySpan<double> values, double mean)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            var deviation = value - mean;
            sum += deviation * deviation;
        }

        var n = (double)values.Length;
        return sum / n * (n / (n - 1));
    }
}
