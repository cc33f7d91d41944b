using Offramp.Core.Common;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Which participants of the program a report covers and what they are compared with. Every criterion is optional;
/// participants without evaluation consent are never in any cohort. The API and the report page bind it from the query
/// string as it is, so the rules below hold wherever a report is asked for.
/// </summary>
public sealed record CohortFilter
{
    public DateOnly? EntryFrom { get; init; }

    public DateOnly? EntryTo { get; init; }

    public DateOnly? ReleaseFrom { get; init; }

    public DateOnly? ReleaseTo { get; init; }

    public Gender? Gender { get; init; }

    public AgeBand? AgeBand { get; init; }

    public ReferralSource? ReferralSource { get; init; }

    public Completion? Completion { get; init; }

    /// <summary>With <see cref="CodedValue"/>: only participants coded so on this field of the coded profile ("exit-status-at-entry").</summary>
    public string? CodedField { get; init; }

    /// <summary>The option of <see cref="CodedField"/> ("doubting").</summary>
    public string? CodedValue { get; init; }

    /// <summary>A coded-profile field every rate is also broken down by ("movement").</summary>
    public string? BreakDownBy { get; init; }

    /// <summary>What the cohort is compared with; when not said, see <see cref="ComparisonToMake"/>.</summary>
    public CohortComparison? Comparison { get; init; }

    /// <summary>For <see cref="CohortComparison.ExternalGroup"/>: the imported comparison group.</summary>
    public Guid? ComparisonGroupId { get; init; }

    public static CohortFilter Everyone { get; } = new();

    /// <summary>
    /// The comparison asked for; when none is named, naming an imported group asks for it, and otherwise completers
    /// are compared with early leavers.
    /// </summary>
    public CohortComparison ComparisonToMake() =>
        Comparison ?? (ComparisonGroupId is null ? CohortComparison.CompletersVsEarlyLeavers : CohortComparison.ExternalGroup);

    /// <summary>The criteria in words, for the report heading.</summary>
    public Phrase Describe()
    {
        var parts = new List<Phrase>();
        if (EntryFrom is not null || EntryTo is not null)
        {
            parts.Add(Phrase.Of($"entered {Range(EntryFrom, EntryTo)}"));
        }

        if (ReleaseFrom is not null || ReleaseTo is not null)
        {
            parts.Add(Phrase.Of($"released {Range(ReleaseFrom, ReleaseTo)}"));
        }

        if (Gender is { } g)
        {
            parts.Add(Phrase.Of($"gender {g}"));
        }

        if (AgeBand is { } a)
        {
            parts.Add(Phrase.Of($"aged {AgeBands.Label(a)} at entry"));
        }

        if (ReferralSource is { } s)
        {
            parts.Add(Phrase.Of($"referred by {s}"));
        }

        if (Completion is { } c)
        {
            parts.Add(Phrase.Of($"{c}"));
        }

        if (CodedField is { } field)
        {
            parts.Add(Phrase.Of($"coded {CodedValue} on {field}"));
        }

        return parts.Count == 0 ? Phrase.Of("all participants with evaluation consent") : Phrase.Join("; ", parts);
    }

    private static Phrase Range(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => Phrase.Of($"{f} to {t}"),
        ({ } f, null) => Phrase.Of($"{f} to now"),
        (null, { } t) => Phrase.Of($"any time to {t}"),
        _ => Phrase.Of("any time to now"),
    };
}

/// <summary>What the cohort is compared with.</summary>
public enum CohortComparison
{
    None,

    /// <summary>Completers against those who left early (withdrew or were closed before completing).</summary>
    CompletersVsEarlyLeavers,

    /// <summary>The cohort against an external comparison group imported from CSV.</summary>
    ExternalGroup,
}

/// <summary>Where a participant stands in the program, derived from the stage history.</summary>
public enum Completion
{
    /// <summary>Referred or screened but never started, or transferred to another program: in neither comparison group.</summary>
    NotStarted,

    InProgram,

    /// <summary>Reached transition, aftercare or follow-up, or was closed as completed.</summary>
    Completed,

    /// <summary>Withdrew, or was closed, before completing.</summary>
    LeftEarly,
}

public enum AgeBand
{
    Under18,
    From18To24,
    From25To34,
    From35To44,
    From45,
    Unknown,
}

public static class AgeBands
{
    public static AgeBand Of(int? yearOfBirth, int yearOfEntry) => yearOfBirth is not { } born
        ? AgeBand.Unknown
        : (yearOfEntry - born) switch
        {
            < 18 => AgeBand.Under18,
            < 25 => AgeBand.From18To24,
            < 35 => AgeBand.From25To34,
            < 45 => AgeBand.From35To44,
            _ => AgeBand.From45,
        };

    public static string Label(AgeBand band) => band switch
    {
        AgeBand.Under18 => "under 18",
        AgeBand.From18To24 => "18-24",
        AgeBand.From25To34 => "25-34",
        AgeBand.From35To44 => "35-44",
        AgeBand.From45 => "45 and over",
        _ => "unknown",
    };
}
