using System.Text.Json.Serialization;

namespace Offramp.Statistics.Survival;

/// <summary>The scale on which the pointwise confidence interval of a survival curve is built (R survfit's conf.type).</summary>
public enum SurvivalConfidenceType
{
    /// <summary>Symmetric on log S, R's default; the upper bound is capped at 1.</summary>
    Log,

    /// <summary>Symmetric on S itself, clipped to [0, 1].</summary>
    Plain,

    /// <summary>Symmetric on log(-log S); undefined where S is 0 or 1.</summary>
    [JsonStringEnumMemberName("log-log")]
    LogLog,
}
