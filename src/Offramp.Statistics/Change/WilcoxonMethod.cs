namespace Offramp.Statistics.Change;

/// <summary>How the Wilcoxon signed-rank p-value is obtained.</summary>
public enum WilcoxonMethod
{
    /// <summary>
    /// SciPy 1.10's default: exact when there are at most 50 pairs and no zero differences, otherwise the
    /// normal approximation. Like SciPy 1.10, ties do not force the approximation (the exact
    /// distribution then uses the rank sum rounded down); later SciPy versions switch on ties.
    /// </summary>
    Auto,

    /// <summary>Exact null distribution (zero differences still force the approximation, as in SciPy).</summary>
    Exact,

    /// <summary>Normal approximation with the tie correction, zero differences dropped, no continuity correction.</summary>
    NormalApproximation,
}
