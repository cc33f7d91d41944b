using System.Collections.Immutable;
using System.Runtime.InteropServices;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Weighting;

/// <summary>Stabilised inverse-probability weights with what truncation did to them.</summary>
/// <param name="Weights">Weight per participant, in input order, after truncation.</param>
/// <param name="LowerLimit">Weights below this were raised to it (the lower truncation quantile); NaN without truncation.</param>
/// <param name="UpperLimit">Weights above this were lowered to it; NaN without truncation.</param>
/// <param name="TruncatedLow">How many weights were raised.</param>
/// <param name="TruncatedHigh">How many weights were lowered.</param>
/// <param name="LargestBeforeTruncation">The largest weight before truncation.</param>
/// <param name="EffectiveSampleSizeTreated">Kish's (Σw)²/Σw² among the treated.</param>
/// <param name="EffectiveSampleSizeControl">Kish's (Σw)²/Σw² among the comparison group.</param>
public sealed record PropensityWeights(
    ImmutableArray<double> Weights,
    double LowerLimit,
    double UpperLimit,
    int TruncatedLow,
    int TruncatedHigh,
    double LargestBeforeTruncation,
    double EffectiveSampleSizeTreated,
    double EffectiveSampleSizeControl)
{
    /// <summary>
    /// Stabilised weights: for the ATE, P(T = t) / P(T = t | X); for the ATT, 1 for the treated and
    /// e/(1 - e) · P(T = 0)/P(T = 1) for the comparison group. With <paramref name="truncation"/> q &gt; 0 the
    /// weights are truncated at their q and 1 - q quantiles (R's quantile type 7).
    /// </summary>
    public static PropensityWeights Compute(bool[] treated, IReadOnlyList<double> propensity, Estimand estimand, double truncation)
    {
        if (!(truncation >= 0 && truncation < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(truncation), truncation, "The truncation quantile must lie in [0, 0.5).");
        }

        var n = treated.Length;
        var share = treated.Count(t => t) / (double)n;
        var weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var e = propensity[i];
            weights[i] = estimand == Estimand.Ate
                ? treated[i] ? share / e : (1 - share) / (1 - e)
                : treated[i] ? 1 : e / (1 - e) * ((1 - share) / share);
        }

        var largest = weights.Max();
        double lower = double.NaN, upper = double.NaN;
        int low = 0, high = 0;
        if (truncation > 0)
        {
            // Two order statistics each, selected rather than sorted: a sort of a million weights cost as much as the model.
            var scratch = (double[])weights.Clone();
            lower = SampleQuantile.Type7Select(scratch, truncation);
            upper = SampleQuantile.Type7Select(scratch, 1 - truncation);
            for (var i = 0; i < n; i++)
            {
                if (weights[i] < lower)
                {
                    weights[i] = lower;
                    low++;
                }
                else if (weights[i] > upper)
                {
                    weights[i] = upper;
                    high++;
                }
            }
        }

        return new PropensityWeights(
            ImmutableCollectionsMarshal.AsImmutableArray(weights),
            lower,
            upper,
            low,
            high,
            largest,
            Kish(weights, treated, true),
            Kish(weights, treated, false));
    }

    private static double Kish(double[] weights, bool[] treated, bool group)
    {
        double sum = 0, squares = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (treated[i] == group)
            {
                sum += weights[i];
                squares += weights[i] * weights[i];
            }
        }

        return sum * sum / squares;
    }
}
