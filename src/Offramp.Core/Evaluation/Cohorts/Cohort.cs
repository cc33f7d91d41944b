using Offramp.Core.CodedProfiles;
using Offramp.Core.Evaluation.Reports;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// The participants (slots of an <see cref="EvaluationDataset"/>) a filter selects, and for a within-program comparison
/// the group of each (-1 = in neither group, e.g. still in the program when completers are compared with early leavers).
/// </summary>
public sealed class Cohort
{
    private Cohort(EvaluationDataset data, CohortFilter filter, int[] members, int[] groups, IReadOnlyList<string> groupLabels, CodedStratum? stratum)
    {
        Stratum = stratum;
        Data = data;
        Filter = filter;
        Members = members;
        Groups = groups;
        GroupLabels = groupLabels;
    }

    public EvaluationDataset Data { get; }

    public CohortFilter Filter { get; }

    /// <summary>Dataset slots of the members.</summary>
    public int[] Members { get; }

    /// <summary>Comparison group per member (parallel to <see cref="Members"/>), -1 for none.</summary>
    public int[] Groups { get; }

    /// <summary>Within-program comparison groups; empty when there is none.</summary>
    public IReadOnlyList<string> GroupLabels { get; }

    public int Count => Members.Length;

    /// <summary>The coded-profile field rates are also broken down by, when the filter asks for one.</summary>
    public CodedStratum? Stratum { get; }

    /// <param name="coded">The coded-profile fields the filter names (its coded field and its breakdown), loaded.</param>
    /// <param name="breakdown">The codebook's definition of the breakdown field, when the filter asks for one.</param>
    public static Cohort Select(EvaluationDataset data, CohortFilter filter, CodedColumns? coded = null, CodebookField? breakdown = null)
    {
        coded ??= CodedColumns.None;
        var stratum = breakdown is null ? null : new CodedStratum(breakdown, coded);
        var entryFrom = filter.EntryFrom?.DayNumber ?? int.MinValue;
        var entryTo = filter.EntryTo?.DayNumber ?? int.MaxValue;
        var releaseFrom = filter.ReleaseFrom?.DayNumber;
        var releaseTo = filter.ReleaseTo?.DayNumber;
        var members = new List<int>();
        for (var i = 0; i < data.Count; i++)
        {
            var entry = data.EntryDay[i];
            if (entry < entryFrom || entry > entryTo)
            {
                continue;
            }

            if ((releaseFrom is not null || releaseTo is not null) &&
                (data.ReleaseDay[i] == EvaluationDataset.NoDate || data.ReleaseDay[i] < (releaseFrom ?? int.MinValue) || data.ReleaseDay[i] > (releaseTo ?? int.MaxValue)))
            {
                continue;
            }

            if ((filter.Gender is { } g && data.Genders[i] != g) ||
                (filter.ReferralSource is { } s && data.Sources[i] != s) ||
                (filter.Completion is { } c && data.Completions[i] != c) ||
                (filter.AgeBand is { } a && data.AgeBandOf(i) != a) ||
                (filter.CodedField is { } field && !coded.Has(field, i, filter.CodedValue ?? "")))
            {
                continue;
            }

            members.Add(i);
        }

        var slots = members.ToArray();
        if (filter.ComparisonToMake() != CohortComparison.CompletersVsEarlyLeavers)
        {
            return new Cohort(data, filter, slots, new int[slots.Length], [], stratum);
        }

        var groups = new int[slots.Length];
        for (var k = 0; k < slots.Length; k++)
        {
            groups[k] = data.Completions[slots[k]] switch
            {
                Completion.Completed => 0,
                Completion.LeftEarly => 1,
                _ => -1,
            };
        }

        return new Cohort(data, filter, slots, groups, [ReportLabels.Completed, ReportLabels.LeftEarly], stratum);
    }
}

/// <summary>A coded-profile field and its codes per slot: what a report breaks its rates down by.</summary>
public sealed record CodedStratum(CodebookField Field, CodedColumns Columns);
