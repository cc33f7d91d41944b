namespace Offramp.Statistics.Meta;

/// <summary>How to pool the studies.</summary>
/// <param name="Method">The τ² estimator (REML by default, as metafor).</param>
/// <param name="ConfidenceLevel">Level of the confidence and prediction intervals.</param>
/// <param name="ConvergenceThreshold">
/// REML stops when a Fisher scoring step changes τ² by at most this much (relative once τ² exceeds 1). metafor's default
/// is 1e-5, which leaves τ² a few digits short of its maximum; 1e-10 takes it to full precision, and is what the
/// reference tests give metafor (<c>control = list(threshold = 1e-10)</c>) so that both sides agree to 1e-9.
/// </param>
/// <param name="MaxIterations">Most Fisher scoring steps (metafor's maxiter, 100).</param>
public sealed record MetaAnalysisOptions(
    MetaAnalysisMethod Method = MetaAnalysisMethod.Reml,
    double ConfidenceLevel = 0.95,
    double ConvergenceThreshold = 1e-10,
    int MaxIterations = 100)
{
    /// <summary>REML at the 95% level.</summary>
    public static MetaAnalysisOptions Default { get; } = new();
}
