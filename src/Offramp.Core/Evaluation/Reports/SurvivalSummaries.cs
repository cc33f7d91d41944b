using Offramp.Statistics.Survival;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>Kaplan–Meier curves with log-transformed 95% CIs (R survfit's default) and the estimate at the horizon.</summary>
public static class SurvivalSummaries
{
    public static SurvivalCurveView Curve(KaplanMeierCurve curve, string label, double horizonMonths)
    {
        var atHorizon = SurvivalAtTime.FromCurve(curve, [horizonMonths]);
        var median = MetricCalculator.Finite(MedianSurvival.FromCurve(curve).Median);
        var h = atHorizon.IsEmpty ? null : atHorizon[0];
        return new SurvivalCurveView(label, curve.N, curve.Events, [.. curve.Time], [.. curve.Survival], [.. curve.Lower.Select(v => MetricCalculator.Finite(v))], [.. curve.Upper.Select(v => MetricCalculator.Finite(v))], median,
            MetricCalculator.Finite(h?.Survival), MetricCalculator.Finite(h?.Lower), MetricCalculator.Finite(h?.Upper), RateEstimates.Words(curve.Warnings, label == ReportLabels.All ? "" : label));
    }
}
