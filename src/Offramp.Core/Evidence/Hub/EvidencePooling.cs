using Offramp.Core.Common;
using Offramp.Core.Evaluation.Reports;
using Offramp.Statistics.Meta;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// Random-effects pooling across programs (as R metafor's rma): proportions on the logit scale, risk differences, and
/// log hazard ratios, each where at least two programs give one. Fewer than three programs, or few participants behind
/// a proportion, are said in words next to the figure.
/// </summary>
public static class EvidencePooling
{
    public static (List<PooledEstimate> Pooled, List<Phrase> Warnings) Pool(IReadOnlyList<ComparedProgram> programs, MetaAnalysisMethod method)
    {
        var pooled = new List<PooledEstimate>();
        var warnings = new List<Phrase>();
        var proportions = programs.Where(p => p.Proportion is { Value: > 0 and < 1 } && p.Included is > 0).ToList();
        if (proportions.Count >= 2)
        {
            var sizes = proportions.Select(p => EffectSizes.LogitProportion((int)Math.Round(p.Proportion!.Value * p.Included!.Value), p.Included.Value)).ToList();
            pooled.Add(Pooled(ReportLabels.PooledProportion, method, sizes, BackTransform.InverseLogit));
        }

        var differences = programs.Where(p => p.RiskDifference is not null).ToList();
        if (differences.Count >= 2)
        {
            var sizes = differences.Select(p => FromInterval(p.RiskDifference!.Value, p.RiskDifference.Lower, p.RiskDifference.Upper)).ToList();
            pooled.Add(Pooled(ReportLabels.PooledRiskDifference, method, sizes, x => x));
        }

        var ratios = programs.Where(p => p.HazardRatio is { Value: > 0, Lower: > 0 } && p.HazardRatio.Upper > p.HazardRatio.Lower).ToList();
        if (ratios.Count >= 2)
        {
            var sizes = ratios.Select(p => EffectSizes.LogHazardRatio(p.HazardRatio!.Value, p.HazardRatio.Lower, p.HazardRatio.Upper)).ToList();
            pooled.Add(Pooled(ReportLabels.PooledHazardRatio, method, sizes, Math.Exp));
        }

        if (programs.Count < 3)
        {
            warnings.Add(programs.Count == 1
                ? Phrase.Of($"Only {programs.Count} program reports this measure: a pooled figure needs at least 3 to say anything about how much programs differ.")
                : Phrase.Of($"Only {programs.Count} programs report this measure: a pooled figure needs at least 3 to say anything about how much programs differ."));
        }

        var withheld = programs.Count - proportions.Count;
        if (withheld > 0)
        {
            warnings.Add(Phrase.Of($"{withheld} of {programs.Count} programs could not publish a proportion (too few people, or every or no one succeeded): they are listed but not pooled."));
        }

        return (pooled, warnings);
    }

    private static EffectSize FromInterval(double estimate, double lower, double upper)
    {
        var se = (upper - lower) / (2 * 1.959963984540054);
        return new EffectSize(estimate, se * se);
    }

    private static PooledEstimate Pooled(string measure, MetaAnalysisMethod method, List<EffectSize> sizes, Func<double, double> back)
    {
        var fit = RandomEffectsMetaAnalysis.Fit([.. sizes.Select(s => s.Yi)], [.. sizes.Select(s => s.Vi)], new MetaAnalysisOptions(method));
        return new PooledEstimate(measure, method == MetaAnalysisMethod.Reml ? "REML" : "DerSimonian–Laird", fit.N,
            back(fit.Estimate), back(fit.Interval.Lower), back(fit.Interval.Upper), back(fit.PredictionInterval.Lower), back(fit.PredictionInterval.Upper),
            fit.Tau2, fit.I2, fit.H2, fit.Q.Statistic, fit.Q.PValue, fit.PValue, RateEstimates.Words(fit.Warnings));
    }
}
