using Offramp.Statistics.Common;

namespace Offramp.Statistics.Meta;

/// <summary>
/// Effect sizes from what studies publish, as metafor's <c>escalc</c> computes them with its defaults (vtype "LS",
/// add = 1/2 to = "only0": a study with a zero cell gets 1/2 added to each of its cells).
/// </summary>
public static class EffectSizes
{
    /// <summary>escalc's default continuity correction, added to every cell of a study that has a zero cell.</summary>
    public const double DefaultContinuityCorrection = 0.5;

    /// <summary>
    /// The log odds of a proportion (escalc measure "PLO"): yi = log(x/(n − x)), vi = 1/x + 1/(n − x). Pool these, then
    /// turn the pooled estimate back into a proportion with <see cref="BackTransform.ToProportion"/>.
    /// </summary>
    /// <param name="events">x: participants with the outcome.</param>
    /// <param name="total">n: participants.</param>
    /// <param name="continuityCorrection">Added to x and n − x when either is 0.</param>
    public static EffectSize LogitProportion(int events, int total, double continuityCorrection = DefaultContinuityCorrection)
    {
        RequireCounts(events, total, "events", "total");
        RequireCorrection(continuityCorrection);
        double x = events, m = total - events;
        if (x == 0 || m == 0)
        {
            if (continuityCorrection == 0)
            {
                throw new ArgumentException($"A proportion of {events} in {total} has no log odds without a continuity correction.", nameof(events));
            }

            x += continuityCorrection;
            m += continuityCorrection;
        }

        var p = x / (x + m);
        return new EffectSize(Math.Log(p / (1 - p)), (1 / x) + (1 / m));
    }

    /// <summary>
    /// The risk difference of two groups (escalc measure "RD", vtype "LS"): yi = x1/n1 − x2/n2,
    /// vi = p1(1 − p1)/n1 + p2(1 − p2)/n2. As in escalc, a study with a zero cell (no events, or all, in a group)
    /// gets the continuity correction added to all four cells, for yi as well as vi.
    /// </summary>
    /// <param name="events1">Events in the first group (the program).</param>
    /// <param name="total1">Participants in the first group.</param>
    /// <param name="events2">Events in the second group (the comparison).</param>
    /// <param name="total2">Participants in the second group.</param>
    /// <param name="continuityCorrection">Added to each cell of a table with a zero cell.</param>
    public static EffectSize RiskDifference(int events1, int total1, int events2, int total2, double continuityCorrection = DefaultContinuityCorrection)
    {
        RequireCounts(events1, total1, "events1", "total1");
        RequireCounts(events2, total2, "events2", "total2");
        RequireCorrection(continuityCorrection);
        double a = events1, b = total1 - events1, c = events2, d = total2 - events2;
        if (a == 0 || b == 0 || c == 0 || d == 0)
        {
            a += continuityCorrection;
            b += continuityCorrection;
            c += continuityCorrection;
            d += continuityCorrection;
        }

        double n1 = a + b, n2 = c + d;
        double p1 = a / n1, p2 = c / n2;
        return new EffectSize(p1 - p2, (p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2));
    }

    /// <summary>
    /// The log hazard ratio from a published hazard ratio and its confidence interval: yi = log HR, and the standard
    /// error read off the interval on the log scale, vi = ((log upper − log lower) / (2·z))², z = 1.959964 for 95%.
    /// </summary>
    /// <param name="hazardRatio">The hazard ratio.</param>
    /// <param name="lower">Lower confidence limit.</param>
    /// <param name="upper">Upper confidence limit.</param>
    /// <param name="confidenceLevel">Level of the published interval.</param>
    public static EffectSize LogHazardRatio(double hazardRatio, double lower, double upper, double confidenceLevel = 0.95)
    {
        if (!(double.IsFinite(lower) && double.IsFinite(upper) && lower > 0 && lower < upper))
        {
            throw new ArgumentException($"The interval of a hazard ratio must have 0 < lower < upper, both finite (got {Show(lower)} to {Show(upper)}).", nameof(lower));
        }

        if (!(hazardRatio >= lower && hazardRatio <= upper))
        {
            throw new ArgumentException($"The hazard ratio {Show(hazardRatio)} lies outside its interval {Show(lower)} to {Show(upper)}.", nameof(hazardRatio));
        }

        var standardError = (Math.Log(upper) - Math.Log(lower)) / (2 * Probability.TwoSidedNormalCritical(confidenceLevel));
        return new EffectSize(Math.Log(hazardRatio), standardError * standardError);
    }

    private static void RequireCounts(int events, int total, string eventsName, string totalName)
    {
        if (total <= 0 || events < 0 || events > total)
        {
            throw new ArgumentException($"Counts must have 0 <= {eventsName} <= {totalName} and {totalName} > 0 (got {events} of {total}).", eventsName);
        }
    }

    private static void RequireCorrection(double continuityCorrection)
    {
        if (!(double.IsFinite(continuityCorrection) && continuityCorrection >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(continuityCorrection), continuityCorrection, "The continuity correction must be 0 or more.");
        }
    }

    private static string Show(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
