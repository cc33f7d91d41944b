namespace Offramp.Statistics.Regression;

/// <summary>Options of a Cox fit; the defaults are R coxph's.</summary>
public sealed record CoxOptions
{
    public static CoxOptions Default { get; } = new();

    public CoxTies Ties { get; init; } = CoxTies.Efron;

    /// <summary>Compute the robust (sandwich) variance; on by default when there are clusters or non-integer weights, as R.</summary>
    public bool? Robust { get; init; }

    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>R coxph.control()$iter.max.</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>R coxph.control()$eps: relative change in the log partial likelihood that counts as converged.</summary>
    public double Epsilon { get; init; } = 1e-9;

    /// <summary>
    /// Compute Harrell's concordance (R's fit$concordance). It takes a sort and a pass over the pairs as long as the fit
    /// itself on large data, so a caller that does not show it can turn it off; <see cref="CoxResult.Concordance"/> is then null.
    /// </summary>
    public bool Concordance { get; init; } = true;

    /// <summary>
    /// With a robust variance, also compute the robust score test (R's fit$rscore). It takes another pass of score
    /// residuals over the data, so a caller that does not show it can turn it off; <see cref="CoxResult.RobustScore"/> is then null.
    /// </summary>
    public bool RobustScoreTest { get; init; } = true;
}
