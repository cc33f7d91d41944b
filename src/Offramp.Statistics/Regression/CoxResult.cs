using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Regression;

/// <summary>A fitted Cox proportional hazards model: what R's coxph and summary(coxph) report.</summary>
/// <param name="N">Observations used.</param>
/// <param name="Events">Events.</param>
/// <param name="Ties">Tie handling.</param>
/// <param name="Coefficients">One row per model column.</param>
/// <param name="Variance">Variance matrix of the coefficients used for inference (robust when computed), row-major.</param>
/// <param name="NaiveVariance">Model-based variance matrix, row-major.</param>
/// <param name="LogLikelihoodNull">Log partial likelihood at 0.</param>
/// <param name="LogLikelihood">Log partial likelihood at the estimate.</param>
/// <param name="LikelihoodRatio">Likelihood-ratio test of all coefficients being 0.</param>
/// <param name="Wald">Wald test (with the robust variance when computed).</param>
/// <param name="Score">Score (log-rank) test.</param>
/// <param name="RobustScore">Robust score test; null without a robust variance or when <see cref="CoxOptions.RobustScoreTest"/> is off.</param>
/// <param name="Concordance">Harrell's concordance; null when <see cref="CoxOptions.Concordance"/> turned it off.</param>
/// <param name="Iterations">Newton–Raphson iterations.</param>
/// <param name="ConfidenceLevel">Level of the hazard ratios' intervals.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record CoxResult(
    int N,
    int Events,
    CoxTies Ties,
    ImmutableArray<CoxCoefficient> Coefficients,
    ImmutableArray<double> Variance,
    ImmutableArray<double> NaiveVariance,
    double LogLikelihoodNull,
    double LogLikelihood,
    ChiSquareTest LikelihoodRatio,
    ChiSquareTest Wald,
    ChiSquareTest Score,
    ChiSquareTest? RobustScore,
    ConcordanceResult? Concordance,
    int Iterations,
    double ConfidenceLevel,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
