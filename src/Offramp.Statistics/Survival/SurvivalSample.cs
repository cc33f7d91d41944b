namespace Offramp.Statistics.Survival;

/// <summary>
/// Follow-up data sorted once by time, with optional groups and strata, so one sort serves the overall
/// curve, the group curves and both log-rank tests. Near-equal times are merged as R's timefix does.
/// </summary>
public sealed class SurvivalSample
{
    private SurvivalSample(SortedSurvivalSample sorted, IReadOnlyList<string> groupLabels, IReadOnlyList<string> strataLabels)
    {
        Sorted = sorted;
        GroupLabels = groupLabels;
        StrataLabels = strataLabels;
    }

    /// <summary>Participants.</summary>
    public int Count => Sorted.Count;

    /// <summary>Group labels, indexed by group code; one empty label when there are no groups.</summary>
    public IReadOnlyList<string> GroupLabels { get; }

    /// <summary>Stratum labels, indexed by stratum code; one empty label when there are no strata.</summary>
    public IReadOnlyList<string> StrataLabels { get; }

    internal SortedSurvivalSample Sorted { get; }

    /// <summary>Sorts the data.</summary>
    /// <param name="times">Follow-up time per participant (finite, non-negative).</param>
    /// <param name="events">Event (true) or censored (false) per participant.</param>
    /// <param name="groups">Group code per participant (index into <paramref name="groupLabels"/>); empty for none.</param>
    /// <param name="groupLabels">Group labels; null when there are no groups.</param>
    /// <param name="strata">Stratum code per participant (index into <paramref name="strataLabels"/>); empty for none.</param>
    /// <param name="strataLabels">Stratum labels; null when there are no strata.</param>
    /// <param name="mergeNearTies">Treat times equal up to floating-point noise as tied (R's timefix = TRUE).</param>
    public static SurvivalSample Create(
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<int> groups = default,
        IReadOnlyList<string>? groupLabels = null,
        ReadOnlySpan<int> strata = default,
        IReadOnlyList<string>? strataLabels = null,
        bool mergeNearTies = true)
    {
        var sorted = SortedSurvivalSample.Create(times, events, groups, strata, mergeNearTies);
        return new SurvivalSample(sorted, groupLabels ?? [string.Empty], strataLabels ?? [string.Empty]);
    }
}
