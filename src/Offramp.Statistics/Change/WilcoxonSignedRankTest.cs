using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>Wilcoxon signed-rank test for paired scores, following SciPy 1.10 (zero_method "wilcox", no continuity correction).</summary>
public static class WilcoxonSignedRankTest
{
    /// <summary>The largest number of pairs for which <see cref="WilcoxonMethod.Auto"/> uses the exact distribution.</summary>
    public const int ExactLimit = 50;

    /// <summary>Tests whether changes after - before are symmetric about zero.</summary>
    public static WilcoxonSignedRankResult Compute(ReadOnlySpan<double> before, ReadOnlySpan<double> after, WilcoxonMethod method = WilcoxonMethod.Auto)
    {
        var differences = new PairedDifferences(before, after).Values;
        var n = differences.Length;
        var zeros = 0;
        foreach (var difference in differences)
        {
            if (difference == 0)
            {
                zeros++;
            }
        }

        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "pairs of scores", "the signed-rank test has little power"));
        var used = method == WilcoxonMethod.Auto ? (n <= ExactLimit ? WilcoxonMethod.Exact : WilcoxonMethod.NormalApproximation) : method;
        if (zeros > 0 && used == WilcoxonMethod.Exact)
        {
            used = WilcoxonMethod.NormalApproximation;
        }

        if (n == 0 || zeros == n)
        {
            warnings.Add(SmallNumberWarning.NotEstimable("No pair of scores changed: the signed-rank test cannot be computed."));
            return new WilcoxonSignedRankResult(double.NaN, 0, 0, used, double.NaN, double.NaN, zeros, n, warnings.ToImmutable());
        }

        var nonZero = used == WilcoxonMethod.NormalApproximation ? differences.Where(d => d != 0).ToArray() : differences;
        var (ranks, tieSizes) = AverageRanks.OfAbsoluteValues(nonZero);
        var positive = 0.0;
        var negative = 0.0;
        for (var i = 0; i < nonZero.Length; i++)
        {
            if (nonZero[i] > 0)
            {
                positive += ranks[i];
            }
            else if (nonZero[i] < 0)
            {
                negative += ranks[i];
            }
        }

        var statistic = Math.Min(positive, negative);
        var count = nonZero.Length;
        if (used == WilcoxonMethod.Exact)
        {
            var pExact = ExactPValue(count, (int)positive);
            return new WilcoxonSignedRankResult(statistic, positive, negative, used, double.NaN, pExact, zeros, n, warnings.ToImmutable());
        }

        var mean = count * (count + 1.0) * 0.25;
        var variance = count * (count + 1.0) * ((2.0 * count) + 1.0);
        var tieCorrection = 0.0;
        foreach (var size in tieSizes)
        {
            tieCorrection += size * (((double)size * size) - 1);
        }

        variance -= 0.5 * tieCorrection;
        var standardError = Math.Sqrt(variance / 24);
        var z = (statistic - mean) / standardError;
        var pValue = Math.Clamp(2.0 * Probability.NormalUpperTail(Math.Abs(z)), 0, 1);
        return new WilcoxonSignedRankResult(statistic, positive, negative, used, z, pValue, zeros, n, warnings.ToImmutable());
    }

    // SciPy's _get_wilcoxon_distr and two-sided exact p-value, with the same summation shape.
    private static double ExactPValue(int count, int positiveRankSum)
    {
        var distribution = new double[] { 1.0 };
        for (var k = 1; k <= count; k++)
        {
            var previous = distribution;
            distribution = new double[(k * (k + 1) / 2) + 1];
            var m = previous.Length;
            for (var i = 0; i < m; i++)
            {
                distribution[i] = previous[i] * 0.5;
            }

            var offset = distribution.Length - m;
            for (var i = 0; i < m; i++)
            {
                distribution[offset + i] += previous[i] * 0.5;
            }
        }

        if (positiveRankSum == (distribution.Length - 1) / 2)
        {
            return 1.0;
        }

        var lower = 0.0;
        for (var i = 0; i <= positiveRankSum; i++)
        {
            lower += distribution[i];
        }

        var upper = 0.0;
        for (var i = positiveRankSum; i < distribution.Length; i++)
        {
            upper += distribution[i];
        }

        return Math.Clamp(2 * Math.Min(upper, lower), 0, 1);
    }
}
