using System.Collections.Immutable;

namespace Offramp.Statistics.Weighting;

/// <summary>
/// A weighted Kaplan–Meier curve, as R's survfit(..., weights = w): weighted counts, and with non-integer
/// weights R's default infinitesimal-jackknife (robust) standard error of S, with log-scale intervals.
/// </summary>
/// <param name="Label">Group label.</param>
/// <param name="N">Participants (unweighted).</param>
/// <param name="Time">Distinct times.</param>
/// <param name="WeightedAtRisk">Sum of weights at risk just before each time.</param>
/// <param name="WeightedEvents">Sum of weights of the events at each time.</param>
/// <param name="WeightedCensored">Sum of weights censored at each time.</param>
/// <param name="Survival">Weighted Kaplan–Meier estimate.</param>
/// <param name="StandardError">Robust standard error of the estimate (R's std.err, se of S).</param>
/// <param name="Lower">Lower bound (log scale), NaN where S = 0.</param>
/// <param name="Upper">Upper bound (log scale), NaN where S = 0.</param>
public sealed record WeightedSurvivalCurve(
    string Label,
    int N,
    ImmutableArray<double> Time,
    ImmutableArray<double> WeightedAtRisk,
    ImmutableArray<double> WeightedEvents,
    ImmutableArray<double> WeightedCensored,
    ImmutableArray<double> Survival,
    ImmutableArray<double> StandardError,
    ImmutableArray<double> Lower,
    ImmutableArray<double> Upper);
