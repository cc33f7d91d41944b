using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Regression;

/// <summary>A fitted logistic regression, as R's glm(family = binomial).</summary>
/// <param name="N">Observations.</param>
/// <param name="Coefficients">Intercept first, then the design columns.</param>
/// <param name="FittedProbabilities">Fitted probability per observation, in input order (R's fitted.values).</param>
/// <param name="Deviance">Residual deviance.</param>
/// <param name="NullDeviance">Deviance of the intercept-only model.</param>
/// <param name="Aic">Akaike's information criterion.</param>
/// <param name="Iterations">IRLS iterations (R's iter).</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record LogisticResult(
    int N,
    ImmutableArray<LogisticCoefficient> Coefficients,
    ImmutableArray<double> FittedProbabilities,
    double Deviance,
    double NullDeviance,
    double Aic,
    int Iterations,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
