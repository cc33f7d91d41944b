using System.Collections.Immutable;

using Offramp.Statistics.Common;
using Offramp.Statistics.Regression;

namespace Offramp.Statistics.Weighting;

/// <summary>A propensity-weighted comparison of a program group with a comparison group that was not randomised.</summary>
/// <param name="N">Participants.</param>
/// <param name="Treated">Participants in the program group.</param>
/// <param name="Control">Participants in the comparison group.</param>
/// <param name="Estimand">Whose effect the weights target.</param>
/// <param name="Propensity">The logistic model of being in the program group.</param>
/// <param name="Weights">The stabilised weights and their truncation.</param>
/// <param name="Balance">Each model column's balance before and after weighting.</param>
/// <param name="ControlCurve">Weighted Kaplan–Meier of the comparison group; null when not asked for.</param>
/// <param name="TreatedCurve">Weighted Kaplan–Meier of the program group; null when not asked for.</param>
/// <param name="HazardRatio">Weighted Cox model of the program group (robust standard error).</param>
/// <param name="Warnings">Small numbers, poor overlap and remaining imbalance, in words.</param>
public sealed record WeightedComparisonResult(
    int N,
    int Treated,
    int Control,
    Estimand Estimand,
    LogisticResult Propensity,
    PropensityWeights Weights,
    ImmutableArray<CovariateBalance> Balance,
    WeightedSurvivalCurve? ControlCurve,
    WeightedSurvivalCurve? TreatedCurve,
    CoxResult HazardRatio,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
