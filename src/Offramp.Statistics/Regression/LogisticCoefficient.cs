namespace Offramp.Statistics.Regression;

/// <summary>One coefficient of a logistic regression, as a row of R's summary(glm).</summary>
public sealed record LogisticCoefficient(string Name, double Estimate, double StandardError, double Z, double PValue, double OddsRatio);
