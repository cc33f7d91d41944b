namespace Offramp.Statistics.Weighting;

/// <summary>
/// Balance of one model column between treated and comparison participants: means and the standardised
/// mean difference before and after weighting. Both differences are divided by the same unweighted pooled
/// SD, sqrt((s²_treated + s²_control) / 2), so they are comparable; |SMD| under 0.1 is the usual mark of balance.
/// </summary>
public sealed record CovariateBalance(
    string Name,
    double MeanTreated,
    double MeanControl,
    double StandardisedDifference,
    double WeightedMeanTreated,
    double WeightedMeanControl,
    double WeightedStandardisedDifference)
{
    /// <summary>The conventional threshold for an acceptable standardised mean difference.</summary>
    public const double BalanceThreshold = 0.1;

    public bool BalancedAfterWeighting => Math.Abs(WeightedStandardisedDifference) < BalanceThreshold;

    public static CovariateBalance Compute(string name, ReadOnlySpan<double> values, bool[] treated, ReadOnlySpan<double> weights)
    {
        var (meanT, varT) = MeanAndVariance(values, treated, true);
        var (meanC, varC) = MeanAndVariance(values, treated, false);
        var pooled = Math.Sqrt((varT + varC) / 2);
        var weightedT = WeightedMean(values, treated, weights, true);
        var weightedC = WeightedMean(values, treated, weights, false);
        return new CovariateBalance(name, meanT, meanC, (meanT - meanC) / pooled, weightedT, weightedC, (weightedT - weightedC) / pooled);
    }

    private static (double Mean, double Variance) MeanAndVariance(ReadOnlySpan<double> values, bool[] treated, bool group)
    {
        double sum = 0;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (treated[i] == group)
            {
                sum += values[i];
                count++;
            }
        }

        var mean = sum / count;
        double squares = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (treated[i] == group)
            {
                squares += (values[i] - mean) * (values[i] - mean);
            }
        }

        return (mean, squares / (count - 1));
    }

    private static double WeightedMean(ReadOnlySpan<double> values, bool[] treated, ReadOnlySpan<double> weights, bool group)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (treated[i] == group)
            {
                sum += weights[i] * values[i];
                total += weights[i];
            }
        }

        return sum / total;
    }
}
