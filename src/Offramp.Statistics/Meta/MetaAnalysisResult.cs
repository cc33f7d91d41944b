using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Meta;

/// <summary>
/// A pooled estimate from k studies, with every figure of metafor's <c>rma(yi, vi, method, level)</c> (test "z") and
/// its <c>predict()</c>.
/// </summary>
/// <param name="N">Number of studies, k.</param>
/// <param name="Method">How τ² was estimated.</param>
/// <param name="Estimate">The pooled effect: Σwy/Σw with w = 1/(v + τ²).</param>
/// <param name="StandardError">sqrt(1/Σw).</param>
/// <param name="Interval">Estimate ± z·SE.</param>
/// <param name="Z">Estimate / SE.</param>
/// <param name="PValue">Two-sided normal p-value of <paramref name="Z"/>.</param>
/// <param name="Tau2">Between-study variance τ² (0 for a common effect; truncated at 0).</param>
/// <param name="Tau2StandardError">Standard error of τ² (NaN for a common effect, where metafor gives none).</param>
/// <param name="I2">Percentage of the total variability due to heterogeneity.</param>
/// <param name="H2">Total variability over sampling variability.</param>
/// <param name="TypicalVariance">The typical within-study variance vt that I² and H² compare τ² with (metafor's vt).</param>
/// <param name="Q">Cochran's Q test of homogeneity on k − 1 degrees of freedom.</param>
/// <param name="PredictionInterval">Where the effect of a new study is expected: Estimate ± z·sqrt(SE² + τ²).</param>
/// <param name="Weights">Each study's share of the pooled estimate, in percent (metafor's weights()).</param>
/// <param name="Iterations">Fisher scoring steps taken (0 for DerSimonian–Laird and a common effect).</param>
/// <param name="Converged">False when REML ran out of iterations: the figures come from its last step.</param>
/// <param name="Warnings">Few studies, no convergence, τ² reset to 0.</param>
public sealed record MetaAnalysisResult(
    int N,
    MetaAnalysisMethod Method,
    double Estimate,
    double StandardError,
    ConfidenceInterval Interval,
    double Z,
    double PValue,
    double Tau2,
    double Tau2StandardError,
    double I2,
    double H2,
    double TypicalVariance,
    ChiSquareTest Q,
    ConfidenceInterval PredictionInterval,
    ImmutableArray<double> Weights,
    int Iterations,
    bool Converged,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult
{
    /// <summary>Level of the confidence and prediction intervals.</summary>
    public double ConfidenceLevel => Interval.Level;

    /// <summary>τ, the standard deviation of the true effects.</summary>
    public double Tau => Math.Sqrt(Tau2);
}
