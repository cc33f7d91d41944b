using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>
/// Pointwise confidence bounds for a survival estimate, transcribing R survival's survfit_confint
/// (with the usual lower bound) so undefined points come out as NaN exactly where R reports NA/NaN.
/// </summary>
internal static class SurvivalConfidenceBands
{
    public static (double Lower, double Upper) Compute(
        double survival,
        double standardErrorOfLog,
        SurvivalConfidenceType type,
        double criticalValue) => type switch
        {
            SurvivalConfidenceType.Plain => Plain(survival, standardErrorOfLog, criticalValue),
            SurvivalConfidenceType.Log => Log(survival, standardErrorOfLog, criticalValue),
            SurvivalConfidenceType.LogLog => LogLog(survival, standardErrorOfLog, criticalValue),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown confidence type."),
        };

    private static (double, double) Plain(double survival, double standardErrorOfLog, double z)
    {
        // Math.Max/Min propagate NaN like R's pmax/pmin, so S = 0 with an infinite SE stays NaN.
        var halfWidth = standardErrorOfLog * survival * z;
        return (Math.Max(survival - halfWidth, 0), Math.Min(survival + halfWidth, 1));
    }

    private static (double, double) Log(double survival, double standardErrorOfLog, double z)
    {
        if (survival == 0)
        {
            return (double.NaN, double.NaN);
        }

        var halfWidth = z * standardErrorOfLog;
        var logSurvival = Math.Log(survival);
        return (Math.Exp(logSurvival - halfWidth), Math.Min(Math.Exp(logSurvival + halfWidth), 1));
    }

    private static (double, double) LogLog(double survival, double standardErrorOfLog, double z)
    {
        if (survival == 0 || survival == 1)
        {
            return (double.NaN, double.NaN);
        }

        var logSurvival = Math.Log(survival);
        var halfWidth = z * standardErrorOfLog / logSurvival;
        var center = Math.Log(-logSurvival);
        return (Math.Exp(-Math.Exp(center - halfWidth)), Math.Exp(-Math.Exp(center + halfWidth)));
    }

    public static double CriticalValue(double confidenceLevel) => Probability.TwoSidedNormalCritical(confidenceLevel);
}
