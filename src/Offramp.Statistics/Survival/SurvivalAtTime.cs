using System.Collections.Immutable;

namespace Offramp.Statistics.Survival;

/// <summary>
/// The survival estimate at a chosen horizon (e.g. 24 months after release), as R's
/// summary(fit, times = ...) reports it.
/// </summary>
/// <param name="Time">The horizon.</param>
/// <param name="NumberAtRisk">Participants still followed at the horizon.</param>
/// <param name="NumberOfEvents">Events since the previous horizon (or the start).</param>
/// <param name="NumberCensored">Censorings since the previous horizon (or the start).</param>
/// <param name="Survival">Probability of remaining event-free past the horizon.</param>
/// <param name="StandardError">Greenwood standard error of the survival estimate (R summary's std.err).</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
public sealed record SurvivalAtTime(
    double Time,
    int NumberAtRisk,
    int NumberOfEvents,
    int NumberCensored,
    double Survival,
    double StandardError,
    double Lower,
    double Upper)
{
    /// <summary>
    /// Estimates at each horizon, sorted ascending. Horizons after the last follow-up time are left out,
    /// as R does without extend = TRUE: nothing is known about survival there.
    /// </summary>
    public static ImmutableArray<SurvivalAtTime> FromCurve(KaplanMeierCurve curve, IEnumerable<double> horizons)
    {
        var times = curve.Time;
        if (times.IsEmpty)
        {
            return [];
        }

        var lastTime = times[^1];
        var chosen = horizons.Where(h => double.IsFinite(h) && h <= lastTime).Order().ToArray();
        var result = ImmutableArray.CreateBuilder<SurvivalAtTime>(chosen.Length);
        var previousIndex = 0;
        foreach (var horizon in chosen)
        {
            // Rows at or before the horizon (R's findInterval); the estimate is that of the last one.
            var atOrBefore = CountAtOrBefore(times, horizon);
            var eventsSince = 0;
            var censoredSince = 0;
            for (var i = previousIndex; i < atOrBefore; i++)
            {
                eventsSince += curve.NumberOfEvents[i];
                censoredSince += curve.NumberCensored[i];
            }

            previousIndex = Math.Max(previousIndex, atOrBefore);

            // At risk at the horizon: those at risk at the first time not before it (R's left.open findInterval).
            var before = CountBefore(times, horizon);
            var atRisk = before < times.Length ? curve.NumberAtRisk[before] : 0;

            result.Add(atOrBefore == 0
                ? new SurvivalAtTime(horizon, atRisk, eventsSince, censoredSince, 1, 0, 1, 1)
                : new SurvivalAtTime(
                    horizon,
                    atRisk,
                    eventsSince,
                    censoredSince,
                    curve.Survival[atOrBefore - 1],
                    curve.StandardErrorOfSurvival[atOrBefore - 1],
                    curve.Lower[atOrBefore - 1],
                    curve.Upper[atOrBefore - 1]));
        }

        return result.MoveToImmutable();
    }

    private static int CountAtOrBefore(ImmutableArray<double> sortedTimes, double value)
    {
        var lo = 0;
        var hi = sortedTimes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sortedTimes[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int CountBefore(ImmutableArray<double> sortedTimes, double value)
    {
        var lo = 0;
        var hi = sortedTimes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sortedTimes[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
