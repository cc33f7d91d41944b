using Offramp.Statistics.Common;

namespace Offramp.Statistics.Meta;

/// <summary>How much the studies disagree beyond chance, as metafor's rma.uni reports it.</summary>
/// <param name="Q">Cochran's Q at the fixed-effect weights 1/v, on k − 1 degrees of freedom.</param>
/// <param name="I2">Percentage of the total variability due to heterogeneity.</param>
/// <param name="H2">Total variability over sampling variability.</param>
/// <param name="TypicalVariance">The typical within-study variance vt = (k − 1)·Σw / ((Σw)² − Σw²), w = 1/v.</param>
internal sealed record Heterogeneity(ChiSquareTest Q, double I2, double H2, double TypicalVariance)
{
    /// <summary>
    /// With τ² estimated: I² = 100·τ²/(vt + τ²) and H² = τ²/vt + 1 (metafor's i2def "1"). For a common effect, from Q:
    /// I² = max(0, 100·(Q − (k − 1))/Q) and H² = Q/(k − 1).
    /// </summary>
    public static Heterogeneity Of(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2, bool commonEffect)
    {
        var df = y.Length - 1;
        var fixedEffect = WeightedStudies.At(y, v, 0);
        var q = fixedEffect.ResidualSumOfSquares;
        var typical = df / fixedEffect.TraceP;
        var (i2, h2) = commonEffect
            ? (Math.Max(0, 100 * (q - df) / q), q / df)
            : (100 * tau2 / (typical + tau2), (tau2 / typical) + 1);
        return new Heterogeneity(ChiSquareTest.Of(q, df), i2, h2, typical);
    }
}
