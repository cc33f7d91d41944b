namespace Offramp.Statistics.Regression;

/// <summary>One coefficient of a Cox model, as a row of R's summary(coxph).</summary>
/// <param name="Name">Column name as R prints it (covariate, or covariate and level).</param>
/// <param name="Estimate">Log hazard ratio.</param>
/// <param name="HazardRatio">exp(Estimate).</param>
/// <param name="StandardError">Model-based standard error (R's se(coef)).</param>
/// <param name="RobustStandardError">Sandwich standard error (R's robust se); NaN when not computed.</param>
/// <param name="Z">Estimate over the standard error used (robust when computed).</param>
/// <param name="PValue">Two-sided p-value of <paramref name="Z"/>.</param>
/// <param name="Lower">Lower confidence bound of the hazard ratio.</param>
/// <param name="Upper">Upper confidence bound of the hazard ratio.</param>
public sealed record CoxCoefficient(
    string Name,
    double Estimate,
    double HazardRatio,
    double StandardError,
    double RobustStandardError,
    double Z,
    double PValue,
    double Lower,
    double Upper);
