namespace Offramp.Statistics.Meta;

/// <summary>Where REML's Fisher scoring ended.</summary>
/// <param name="Tau2">The estimate (the last iterate when it did not converge).</param>
/// <param name="StandardError">sqrt(2 / tr(PP)) at <paramref name="Tau2"/>, from the expected information.</param>
/// <param name="Iterations">Fisher scoring steps taken.</param>
/// <param name="Converged">Whether a step fell under the threshold within the iteration limit.</param>
/// <param name="SetToZero">metafor's check found the likelihood higher at τ² = 0 than at the iterate, and set τ² to 0.</param>
internal sealed record RemlEstimate(double Tau2, double StandardError, int Iterations, bool Converged, bool SetToZero);

/// <summary>
/// Restricted maximum likelihood τ² by Fisher scoring, step for step as metafor's rma.uni: start from the Hedges
/// estimator truncated at 0; step by (y'PPy − tr P) / tr(PP), halving a step that would take τ² below 0; stop when a
/// step moves τ² by no more than the threshold; then compare the likelihood with that at τ² = 0 (metafor's ll0check)
/// in case scoring stopped at a local maximum.
/// </summary>
internal static class RestrictedMaximumLikelihood
{
    /// <summary>metafor's control tol, .Machine$double.eps^0.25, used by the ll0check.</summary>
    private static readonly double LikelihoodTolerance = Math.Pow(Math.BitIncrement(1.0) - 1.0, 0.25);

    public static RemlEstimate Estimate(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double threshold, int maxIterations)
    {
        var k = y.Length;
        var tau2 = Math.Max(0, Hedges(y, v));
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            iterations++;
            var studies = WeightedStudies.At(y, v, tau2);
            var step = (studies.ResidualSumOfSquaresTwice - studies.TraceP) / studies.TracePP;
            if (!double.IsFinite(step))
            {
                step = 0;
            }

            while (tau2 + step < 0)
            {
                step /= 2;
            }

            var previous = tau2;
            tau2 += step;

            // metafor's rule is an absolute change of at most the threshold. Above τ² = 1 it is taken relative to τ²,
            // so effects on a large scale (costs, days) can converge in double precision; below, it is metafor's exactly.
            if (Math.Abs(previous - tau2) <= threshold * Math.Max(1, tau2))
            {
                converged = true;
                break;
            }
        }

        var setToZero = false;
        if (converged && tau2 > threshold)
        {
            var atZero = WeightedStudies.At(y, v, 0).RestrictedLogLikelihood(k);
            var atEstimate = WeightedStudies.At(y, v, tau2).RestrictedLogLikelihood(k);
            if (atZero - atEstimate > LikelihoodTolerance)
            {
                tau2 = 0;
                setToZero = true;
            }
        }

        var standardError = Math.Sqrt(2 / WeightedStudies.At(y, v, tau2).TracePP);
        return new RemlEstimate(tau2, standardError, iterations, converged, setToZero);
    }

    /// <summary>The Hedges (HE) estimator metafor starts from: (Σ(y − mean y)² − (1 − 1/k)·Σv) / (k − 1).</summary>
    private static double Hedges(ReadOnlySpan<double> y, ReadOnlySpan<double> v)
    {
        var k = y.Length;
        double mean = 0, sumV = 0;
        for (var i = 0; i < k; i++)
        {
            mean += y[i];
            sumV += v[i];
        }

        mean /= k;
        double rss = 0;
        for (var i = 0; i < k; i++)
        {
            rss += (y[i] - mean) * (y[i] - mean);
        }

        return (rss - ((1 - (1.0 / k)) * sumV)) / (k - 1);
    }
}
