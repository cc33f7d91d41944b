namespace Offramp.Statistics.Agreement;

/// <summary>How much partial credit Cohen's kappa gives a disagreement between two levels of an ordered scale.</summary>
public enum KappaWeighting
{
    /// <summary>Only exact agreement counts (Cohen 1960); the scale order plays no part.</summary>
    Unweighted,

    /// <summary>Credit falls linearly with the distance between levels: 1 - |i - j| / (k - 1) (Cicchetti and Allison 1971).</summary>
    Linear,

    /// <summary>Credit falls with the squared distance: 1 - (i - j)^2 / (k - 1)^2 (Fleiss and Cohen 1973).</summary>
    Quadratic,
}
