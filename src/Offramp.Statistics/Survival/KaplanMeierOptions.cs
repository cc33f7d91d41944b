namespace Offramp.Statistics.Survival;

/// <summary>Options for <see cref="KaplanMeier"/>, defaulting to R survfit's defaults.</summary>
public sealed record KaplanMeierOptions
{
    /// <summary>R's defaults: 95% intervals on the log scale.</summary>
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>Confidence level of the pointwise intervals (0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Scale of the pointwise intervals (log).</summary>
    public SurvivalConfidenceType ConfidenceType { get; init; } = SurvivalConfidenceType.Log;

}
