namespace Offramp.Statistics.Meta;

/// <summary>
/// DerSimonian and Laird's (1986) method-of-moments τ²: (Q − (k − 1)) / tr(P) at the fixed-effect weights 1/v,
/// truncated at 0, with metafor's standard error
/// sqrt((2(k − 1) + 4τ²·tr(P) + 2τ⁴·tr(PP)) / tr(P)²).
/// </summary>
internal static class DerSimonianLaird
{
    public static (double Tau2, double StandardError) Estimate(ReadOnlySpan<double> y, ReadOnlySpan<double> v)
    {
        var k = y.Length;
        var fixedEffect = WeightedStudies.At(y, v, 0);
        var traceP = fixedEffect.TraceP;
        var tau2 = Math.Max(0, (fixedEffect.ResidualSumOfSquares - (k - 1)) / traceP);
        var standardError = Math.Sqrt(((2.0 * (k - 1)) + (4 * tau2 * traceP) + (2 * tau2 * tau2 * fixedEffect.TracePP)) / (traceP * traceP));
        return (tau2, standardError);
    }
}
