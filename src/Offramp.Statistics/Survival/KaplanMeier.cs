using System.Collections.Immutable;
using System.Runtime.InteropServices;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>Kaplan–Meier estimation with right censoring and ties, matching R survival's survfit.</summary>
public static class KaplanMeier
{
    /// <summary>Fits one curve to all rows.</summary>
    /// <param name="times">Follow-up time per participant (finite, non-negative).</param>
    /// <param name="events">True where follow-up ended with the event, false where it was censored.</param>
    /// <param name="options">Interval options; R's defaults when null.</param>
    public static KaplanMeierCurve Fit(ReadOnlySpan<double> times, ReadOnlySpan<bool> events, KaplanMeierOptions? options = null) =>
        Fit(SurvivalSample.Create(times, events), options);

    /// <summary>Fits one curve to all participants of a sample, ignoring groups and strata.</summary>
    public static KaplanMeierCurve Fit(SurvivalSample sample, KaplanMeierOptions? options = null) =>
        FromSorted(sample.Sorted, string.Empty, options ?? KaplanMeierOptions.Default);

    /// <summary>Fits one curve per group, in the order of <paramref name="groupLabels"/>.</summary>
    /// <param name="times">Follow-up time per participant.</param>
    /// <param name="events">Event (true) or censored (false) per participant.</param>
    /// <param name="groups">Group code per participant, an index into <paramref name="groupLabels"/>.</param>
    /// <param name="groupLabels">Label of each group code.</param>
    /// <param name="options">Interval options; R's defaults when null.</param>
    public static ImmutableArray<KaplanMeierCurve> FitByGroup(
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<int> groups,
        IReadOnlyList<string> groupLabels,
        KaplanMeierOptions? options = null) =>
        FitByGroup(SurvivalSample.Create(times, events, groups, groupLabels), options);

    /// <summary>Fits one curve per group of a sample, in the order of its group labels.</summary>
    public static ImmutableArray<KaplanMeierCurve> FitByGroup(SurvivalSample sample, KaplanMeierOptions? options = null)
    {
        options ??= KaplanMeierOptions.Default;
        var parts = sample.Sorted.PartitionByGroup(sample.GroupLabels.Count);
        var curves = ImmutableArray.CreateBuilder<KaplanMeierCurve>(parts.Length);
        for (var group = 0; group < parts.Length; group++)
        {
            curves.Add(FromSorted(parts[group], sample.GroupLabels[group], options));
        }

        return curves.MoveToImmutable();
    }

    internal static KaplanMeierCurve FromSorted(SortedSurvivalSample sample, string label, KaplanMeierOptions options)
    {
        var times = sample.Times;
        var events = sample.Events;
        var count = sample.Count;
        var distinct = CountDistinct(times);

        var time = new double[distinct];
        var atRisk = new int[distinct];
        var eventCounts = new int[distinct];
        var censored = new int[distinct];
        var survival = new double[distinct];
        var seLog = new double[distinct];
        var seSurvival = new double[distinct];
        var lower = new double[distinct];
        var upper = new double[distinct];

        var z = SurvivalConfidenceBands.CriticalValue(options.ConfidenceLevel);
        var estimate = 1.0;
        var greenwoodSum = 0.0;
        var remaining = count;
        var totalEvents = 0;
        var row = 0;
        for (var step = 0; step < distinct; step++)
        {
            var t = times[row];
            var deaths = 0;
            var start = row;
            for (; row < count && times[row] == t; row++)
            {
                if (events[row])
                {
                    deaths++;
                }
            }

            var leaving = row - start;
            if (deaths > 0)
            {
                // Same operation order as survfitkm.c, so figures agree with R to the last bits.
                estimate *= (remaining - deaths) / (double)remaining;
                greenwoodSum += deaths / (remaining * (double)(remaining - deaths));
            }

            time[step] = t;
            atRisk[step] = remaining;
            eventCounts[step] = deaths;
            censored[step] = leaving - deaths;
            survival[step] = estimate;
            seLog[step] = Math.Sqrt(greenwoodSum);
            seSurvival[step] = seLog[step] * estimate;
            (lower[step], upper[step]) = SurvivalConfidenceBands.Compute(estimate, seLog[step], options.ConfidenceType, z);
            totalEvents += deaths;
            remaining -= leaving;
        }

        WarningText context = label.Length == 0 ? string.Empty : WarningText.Of($"in group {label}");
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(count, label.Length == 0 ? "participants" : WarningText.Of($"participants in group {label}"), "the survival curve is unreliable"))
            .Add(SmallNumberWarning.ForEvents(totalEvents, context, "the survival estimate is unstable"))
            .ToImmutable();

        return new KaplanMeierCurve(
            label,
            count,
            totalEvents,
            ImmutableCollectionsMarshal.AsImmutableArray(time),
            ImmutableCollectionsMarshal.AsImmutableArray(atRisk),
            ImmutableCollectionsMarshal.AsImmutableArray(eventCounts),
            ImmutableCollectionsMarshal.AsImmutableArray(censored),
            ImmutableCollectionsMarshal.AsImmutableArray(survival),
            ImmutableCollectionsMarshal.AsImmutableArray(seLog),
            ImmutableCollectionsMarshal.AsImmutableArray(seSurvival),
            ImmutableCollectionsMarshal.AsImmutableArray(lower),
            ImmutableCollectionsMarshal.AsImmutableArray(upper),
            options.ConfidenceType,
            options.ConfidenceLevel,
            warnings);
    }

    private static int CountDistinct(double[] sortedTimes)
    {
        var distinct = 0;
        for (var i = 0; i < sortedTimes.Length; i++)
        {
            if (i == 0 || sortedTimes[i] != sortedTimes[i - 1])
            {
                distinct++;
            }
        }

        return distinct;
    }
}
