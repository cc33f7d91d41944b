using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>
/// Survival rows sorted by time once, so curves and tests walk arrays linearly. Group and stratum
/// codes travel with each row; subsets keep the time order (stable partition), so one sort serves all.
/// </summary>
internal sealed class SortedSurvivalSample
{
    private SortedSurvivalSample(double[] times, bool[] events, int[] groups, int[] strata)
    {
        Times = times;
        Events = events;
        Groups = groups;
        Strata = strata;
    }

    public double[] Times { get; }

    public bool[] Events { get; }

    public int[] Groups { get; }

    public int[] Strata { get; }

    public int Count => Times.Length;

    /// <summary>Sorts the rows by time; <paramref name="groups"/> and <paramref name="strata"/> may be empty (all zero).</summary>
    public static SortedSurvivalSample Create(
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<int> groups,
        ReadOnlySpan<int> strata,
        bool mergeNearTies)
    {
        var count = times.Length;
        RequireSameLength(count, events.Length, "event");
        if (!groups.IsEmpty)
        {
            RequireSameLength(count, groups.Length, "group");
        }

        if (!strata.IsEmpty)
        {
            RequireSameLength(count, strata.Length, "stratum");
        }

        var sortedTimes = times.ToArray();
        for (var i = 0; i < count; i++)
        {
            var time = sortedTimes[i];
            if (!double.IsFinite(time) || time < 0)
            {
                throw new ArgumentException($"Time {time} at position {i} is not a finite, non-negative number.", nameof(times));
            }
        }

        // Each row's event, group and stratum travel through the sort with its time (see TimeSort).
        var rows = new Row[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new Row(events[i], groups.IsEmpty ? 0 : groups[i], strata.IsEmpty ? 0 : strata[i]);
        }

        TimeSort.Sort(sortedTimes, rows);
        if (mergeNearTies)
        {
            NearTieMerger.MergeSorted(sortedTimes);
        }

        var sortedEvents = new bool[count];
        var sortedGroups = new int[count];
        var sortedStrata = new int[count];
        // Without groups or strata their arrays stay as allocated (zero) and are never written, so a million-row
        // sample does not touch their memory.
        for (var i = 0; i < count; i++)
        {
            sortedEvents[i] = rows[i].Event;
        }

        for (var i = 0; !groups.IsEmpty && i < count; i++)
        {
            sortedGroups[i] = rows[i].Group;
        }

        for (var i = 0; !strata.IsEmpty && i < count; i++)
        {
            sortedStrata[i] = rows[i].Stratum;
        }

        return new SortedSurvivalSample(sortedTimes, sortedEvents, sortedGroups, sortedStrata);
    }

    /// <summary>Splits the rows by group code (0..groupCount-1), keeping time order within each part.</summary>
    public SortedSurvivalSample[] PartitionByGroup(int groupCount) => Partition(Groups, groupCount);

    /// <summary>Splits the rows by stratum code (0..strataCount-1), keeping time order within each part.</summary>
    public SortedSurvivalSample[] PartitionByStratum(int strataCount) => Partition(Strata, strataCount);

    private SortedSurvivalSample[] Partition(int[] codes, int partCount)
    {
        var sizes = new int[partCount];
        foreach (var code in codes)
        {
            if ((uint)code >= (uint)partCount)
            {
                throw new ArgumentException($"Code {code} is outside 0..{partCount - 1}.");
            }

            sizes[code]++;
        }

        var parts = new SortedSurvivalSample[partCount];
        for (var part = 0; part < partCount; part++)
        {
            parts[part] = new SortedSurvivalSample(new double[sizes[part]], new bool[sizes[part]], new int[sizes[part]], new int[sizes[part]]);
        }

        var filled = new int[partCount];
        for (var i = 0; i < Count; i++)
        {
            var part = parts[codes[i]];
            var at = filled[codes[i]]++;
            part.Times[at] = Times[i];
            part.Events[at] = Events[i];
            part.Groups[at] = Groups[i];
            part.Strata[at] = Strata[i];
        }

        return parts;
    }

    private static void RequireSameLength(int expected, int actual, string what)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"There are {expected} times but {actual} {what} values.");
        }
    }

    /// <summary>What a row carries through the sort besides its time.</summary>
    private readonly record struct Row(bool Event, int Group, int Stratum);
}
