using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Meta;

/// <summary>
/// Pools effect sizes from several studies (evaluations of similar programs) into one estimate, allowing the true effect
/// to differ between studies by τ²: the random-effects model of metafor's <c>rma.uni</c> with an intercept only, REML
/// (default) or DerSimonian–Laird, or a common effect. Figures equal metafor's <c>rma(yi, vi, method, level)</c> and
/// <c>predict()</c>; where metafor would stop with an error after REML fails to converge, this warns instead.
/// </summary>
public static class RandomEffectsMetaAnalysis
{
    /// <summary>Below this many studies τ² and the prediction interval rest on almost nothing.</summary>
    public const int MinimumStudies = 3;

    /// <param name="effectSizes">yi: each study's effect on a scale where it is roughly normal (log odds, log hazard ratio, risk difference, ...).</param>
    /// <param name="samplingVariances">vi: each effect's sampling variance (its standard error squared).</param>
    /// <param name="options">Method, confidence level and REML convergence; REML at 95% when null.</param>
    /// <exception cref="ArgumentException">Lengths differ, an effect is not finite, or a variance is not a positive number.</exception>
    /// <exception cref="ModelNotEstimableException">Fewer than 2 studies.</exception>
    public static MetaAnalysisResult Fit(IReadOnlyList<double> effectSizes, IReadOnlyList<double> samplingVariances, MetaAnalysisOptions? options = null)
    {
        options ??= MetaAnalysisOptions.Default;
        var (y, v) = Validate(effectSizes, samplingVariances, options);
        var k = y.Length;
        var z = Probability.TwoSidedNormalCritical(options.ConfidenceLevel);
        var warnings = new WarningCollector();
        if (k < MinimumStudies)
        {
            var minimum = MinimumStudies;
            warnings.Add(SmallNumberWarning.Of(
                SmallNumberKind.SmallSample,
                WarningText.Of($"Only {k} studies, fewer than {minimum}: τ² and the prediction interval are unreliable.")));
        }

        double tau2, tau2StandardError;
        var iterations = 0;
        var converged = true;
        switch (options.Method)
        {
            case MetaAnalysisMethod.Reml:
                var reml = RestrictedMaximumLikelihood.Estimate(y, v, options.ConvergenceThreshold, options.MaxIterations);
                (tau2, tau2StandardError, iterations, converged) = (reml.Tau2, reml.StandardError, reml.Iterations, reml.Converged);
                if (!reml.Converged)
                {
                    warnings.Add(SmallNumberWarning.Of(
                        SmallNumberKind.NotEstimable,
                        WarningText.Of($"REML did not converge in {options.MaxIterations} iterations: τ² and every figure that depends on it may be off; the DerSimonian–Laird method needs no iterations.")));
                }

                if (reml.SetToZero)
                {
                    warnings.Add(SmallNumberWarning.NotEstimable(
                        "REML's Fisher scoring may have stopped at a local maximum: the likelihood is higher at τ² = 0, so τ² is set to 0 (as metafor does)."));
                }

                break;
            case MetaAnalysisMethod.DerSimonianLaird:
                (tau2, tau2StandardError) = DerSimonianLaird.Estimate(y, v);
                break;
            case MetaAnalysisMethod.CommonEffect:
                (tau2, tau2StandardError) = (0, double.NaN);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown meta-analysis method.");
        }

        var pooled = WeightedStudies.At(y, v, tau2);
        var estimate = pooled.WeightedMean;
        var standardError = Math.Sqrt(1 / pooled.SumOfWeights);
        var statistic = estimate / standardError;
        var heterogeneity = Heterogeneity.Of(y, v, tau2, options.Method == MetaAnalysisMethod.CommonEffect);
        var predictionHalfWidth = z * Math.Sqrt((standardError * standardError) + tau2);
        var weights = new double[k];
        for (var i = 0; i < k; i++)
        {
            weights[i] = 100 / (v[i] + tau2) / pooled.SumOfWeights;
        }

        return new MetaAnalysisResult(
            k,
            options.Method,
            estimate,
            standardError,
            new ConfidenceInterval(estimate - (z * standardError), estimate + (z * standardError), options.ConfidenceLevel),
            statistic,
            2 * Probability.NormalUpperTail(Math.Abs(statistic)),
            tau2,
            tau2StandardError,
            heterogeneity.I2,
            heterogeneity.H2,
            heterogeneity.TypicalVariance,
            heterogeneity.Q,
            new ConfidenceInterval(estimate - predictionHalfWidth, estimate + predictionHalfWidth, options.ConfidenceLevel),
            [.. weights],
            iterations,
            converged,
            warnings.ToImmutable());
    }

    private static (double[] Y, double[] V) Validate(IReadOnlyList<double> effectSizes, IReadOnlyList<double> samplingVariances, MetaAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(effectSizes);
        ArgumentNullException.ThrowIfNull(samplingVariances);
        if (effectSizes.Count != samplingVariances.Count)
        {
            throw new ArgumentException(
                $"Each study needs one effect size and one sampling variance: there are {effectSizes.Count} effect sizes and {samplingVariances.Count} variances.",
                nameof(samplingVariances));
        }

        if (effectSizes.Count < 2)
        {
            throw new ModelNotEstimableException(effectSizes.Count == 1
                ? WarningText.Fixed("A meta-analysis needs at least 2 studies; there is 1.")
                : WarningText.Of($"A meta-analysis needs at least 2 studies; there are {effectSizes.Count}."));
        }

        if (options.ConvergenceThreshold is not > 0 || options.MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The convergence threshold must be positive and the iteration limit at least 1.");
        }

        var y = new double[effectSizes.Count];
        var v = new double[effectSizes.Count];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = effectSizes[i];
            v[i] = samplingVariances[i];
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"Study {i + 1}: the effect size must be a finite number (got {Show(y[i])}).", nameof(effectSizes));
            }

            if (!(double.IsFinite(v[i]) && v[i] > 0))
            {
                throw new ArgumentException($"Study {i + 1}: the sampling variance must be a positive finite number (got {Show(v[i])}).", nameof(samplingVariances));
            }
        }

        return (y, v);
    }

    private static string Show(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
