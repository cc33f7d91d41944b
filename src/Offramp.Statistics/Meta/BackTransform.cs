using Offramp.Statistics.Common;

namespace Offramp.Statistics.Meta;

/// <summary>A pooled estimate with its confidence and prediction intervals, back on the scale people read.</summary>
/// <param name="Estimate">The pooled effect.</param>
/// <param name="Interval">Its confidence interval.</param>
/// <param name="PredictionInterval">Where a new study's effect is expected.</param>
public sealed record BackTransformedEstimate(double Estimate, ConfidenceInterval Interval, ConfidenceInterval PredictionInterval);

/// <summary>
/// Turns a pooled estimate on the log odds or log scale back into a proportion or a ratio, bound by bound (metafor's
/// <c>predict(fit, transf = transf.ilogit)</c> or <c>transf = exp</c>). Both maps are increasing, so the bounds stay in order.
/// </summary>
public static class BackTransform
{
    /// <summary>The proportion whose log odds is <paramref name="logit"/>: 1/(1 + exp(−logit)), R's plogis.</summary>
    public static double InverseLogit(double logit) => 1 / (1 + Math.Exp(-logit));

    /// <summary>A pooled log odds (<see cref="EffectSizes.LogitProportion"/>) as a proportion.</summary>
    public static BackTransformedEstimate ToProportion(MetaAnalysisResult result) => Apply(result, InverseLogit);

    /// <summary>A pooled log ratio (<see cref="EffectSizes.LogHazardRatio"/>) as a ratio.</summary>
    public static BackTransformedEstimate ToRatio(MetaAnalysisResult result) => Apply(result, Math.Exp);

    private static BackTransformedEstimate Apply(MetaAnalysisResult result, Func<double, double> transform)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new BackTransformedEstimate(
            transform(result.Estimate),
            new ConfidenceInterval(transform(result.Interval.Lower), transform(result.Interval.Upper), result.Interval.Level),
            new ConfidenceInterval(transform(result.PredictionInterval.Lower), transform(result.PredictionInterval.Upper), result.PredictionInterval.Level));
    }
}
