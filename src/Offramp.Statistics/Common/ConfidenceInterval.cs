namespace Offramp.Statistics.Common;

/// <summary>A two-sided confidence interval; bounds are NaN when they cannot be estimated.</summary>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>An interval that could not be estimated.</summary>
    public static ConfidenceInterval NotEstimable(double level) => new(double.NaN, double.NaN, level);
}
