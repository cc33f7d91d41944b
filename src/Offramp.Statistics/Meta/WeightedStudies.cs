namespace Offramp.Statistics.Meta;

/// <summary>
/// The studies under inverse-variance weights w = 1/(v + τ²), reduced to the sums that metafor's matrix formulas come
/// to for a model with an intercept only. metafor forms P = W − W·1(1'W1)⁻¹1'W; here
/// y'Py = Σw(y − ȳ)², y'PPy = Σw²(y − ȳ)², tr(P) = Σw − Σw²/Σw and tr(PP) = Σw² − 2Σw³/Σw + (Σw²/Σw)², with ȳ the
/// weighted mean.
/// </summary>
internal readonly record struct WeightedStudies(
    double SumOfWeights,
    double WeightedMean,
    double ResidualSumOfSquares,
    double ResidualSumOfSquaresTwice,
    double TraceP,
    double TracePP,
    double SumOfLogVariances)
{
    /// <param name="y">Effect sizes (metafor centres them on their plain mean first; any shift gives the same sums).</param>
    /// <param name="v">Sampling variances.</param>
    /// <param name="tau2">Between-study variance added to each.</param>
    public static WeightedStudies At(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2)
    {
        double sum = 0, sumSquares = 0, sumCubes = 0, weightedY = 0, logVariances = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            sum += w;
            sumSquares += w * w;
            sumCubes += w * w * w;
            weightedY += w * y[i];
            logVariances += Math.Log(v[i] + tau2);
        }

        var mean = weightedY / sum;
        double rss = 0, rssTwice = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            var r = y[i] - mean;
            rss += w * r * r;
            rssTwice += w * w * r * r;
        }

        var squaresOverSum = sumSquares / sum;
        return new WeightedStudies(
            sum,
            mean,
            rss,
            rssTwice,
            sum - squaresOverSum,
            sumSquares - (2 * sumCubes / sum) + (squaresOverSum * squaresOverSum),
            logVariances);
    }

    /// <summary>
    /// metafor's restricted log-likelihood: −½(k − 1)·log 2π − ½Σlog(v + τ²) − ½·log Σw − ½·Σw(y − ȳ)².
    /// </summary>
    public double RestrictedLogLikelihood(int k) =>
        (-0.5 * (k - 1) * Math.Log(2 * Math.PI)) - (0.5 * SumOfLogVariances) - (0.5 * Math.Log(SumOfWeights)) - (0.5 * ResidualSumOfSquares);
}
