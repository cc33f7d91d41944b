namespace Offramp.Statistics.Regression;

/// <summary>The data of a Cox model, one entry per observation in every array.</summary>
/// <param name="Times">Follow-up times (finite, non-negative).</param>
/// <param name="Events">True where follow-up ended with the event.</param>
/// <param name="Covariates">The covariates (numeric or categorical).</param>
/// <param name="Strata">Stratum code per row (each stratum gets its own baseline hazard); null for none.</param>
/// <param name="StrataCount">Number of strata codes.</param>
/// <param name="Weights">Case weights (positive); null for 1.</param>
/// <param name="Clusters">Cluster code per row for a robust variance summed within clusters; null for none.</param>
public sealed record CoxModelInput(
    double[] Times,
    bool[] Events,
    IReadOnlyList<Covariate> Covariates,
    int[]? Strata = null,
    int StrataCount = 0,
    double[]? Weights = null,
    int[]? Clusters = null);
