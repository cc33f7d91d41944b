using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Participants;
using Offramp.Statistics.Regression;

namespace Offramp.Core.Evaluation.Reports.Methods;

/// <summary>
/// One metric's follow-up for two compared groups as arrays for the statistics library: months, the counted event,
/// a competing end (death, deportation), membership of <see cref="Group"/> (against <see cref="Reference"/>), and the
/// covariates recorded for everyone in both groups. Built from the completers and early leavers of a cohort.
/// </summary>
internal sealed class ComparisonData
{
    public required string Group { get; init; }

    public required string Reference { get; init; }

    public required double[] Months { get; init; }

    public required bool[] Events { get; init; }

    public required bool[] Competing { get; init; }

    /// <summary>True for a member of <see cref="Group"/>.</summary>
    public required bool[] InGroup { get; init; }

    /// <summary>Covariates with at least two levels among these participants, in R's factor order.</summary>
    public required IReadOnlyList<Covariate> Covariates { get; init; }

    /// <summary>Why a covariate that should adjust the comparison could not, in words.</summary>
    public required IReadOnlyList<Phrase> Omitted { get; init; }

    public int Count => Months.Length;

    /// <summary>Completers (the group) against early leavers (the reference); those in neither group are left out.</summary>
    public static ComparisonData WithinProgram(Cohort cohort, MetricObservations obs)
    {
        var groupOf = new int[cohort.Data.Count];
        Array.Fill(groupOf, -1);
        for (var k = 0; k < cohort.Members.Length; k++)
        {
            groupOf[cohort.Members[k]] = cohort.Groups[k];
        }

        var n = 0;
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            n += groupOf[obs.Slots[k]] >= 0 ? 1 : 0;
        }

        var data = cohort.Data;
        var genders = new Gender[n];
        var bands = new AgeBand[n];
        var months = new double[n];
        var events = new bool[n];
        var competing = new bool[n];
        var inGroup = new bool[n];
        for (int k = 0, r = 0; r < n; k++)
        {
            var slot = obs.Slots[k];
            if (groupOf[slot] < 0)
            {
                continue;
            }

            genders[r] = data.Genders[slot];
            bands[r] = data.AgeBandOf(slot);
            months[r] = obs.Months[k];
            events[r] = obs.Events[k];
            competing[r] = obs.Competing[k];
            inGroup[r] = groupOf[slot] == 0;
            r++;
        }

        var covariates = new List<Covariate>();
        var omitted = new List<Phrase>();
        AddCategorical(covariates, omitted, ReportLabels.GenderCovariate, genders, Gender.NotRecorded, ReportLabels.Of);
        AddCategorical(covariates, omitted, ReportLabels.AgeBandCovariate, bands, AgeBand.Unknown, AgeBands.Label);
        omitted.Add(Phrase.Of("Prior offences are not recorded in Offramp, so no figure is adjusted for them."));
        return new ComparisonData
        {
            Group = cohort.GroupLabels[0],
            Reference = cohort.GroupLabels[1],
            Months = months,
            Events = events,
            Competing = competing,
            InGroup = inGroup,
            Covariates = covariates,
            Omitted = omitted,
        };
    }

    /// <summary>This program's cohort (the group) against an imported comparison group (the reference), which records only gender.</summary>
    public static ComparisonData AgainstExternal(Cohort cohort, MetricObservations obs, ExternalComparison external)
    {
        var n = obs.Slots.Length;
        var genders = obs.Slots.Select(i => cohort.Data.Genders[i]).Concat(external.Genders).ToArray();
        var covariates = new List<Covariate>();
        var omitted = new List<Phrase>();
        AddCategorical(covariates, omitted, ReportLabels.GenderCovariate, genders, Gender.NotRecorded, ReportLabels.Of);
        omitted.Add(Phrase.Of("The imported comparison group records no age or prior offences, so no figure is adjusted for them."));
        return new ComparisonData
        {
            Group = ReportLabels.ThisProgram,
            Reference = external.Label,
            Months = [.. obs.Months, .. external.Months],
            Events = [.. obs.Events, .. external.Events],
            Competing = [.. obs.Competing, .. new bool[external.Months.Length]],
            InGroup = [.. Enumerable.Repeat(true, n), .. new bool[external.Months.Length]],
            Covariates = covariates,
            Omitted = omitted,
        };
    }

    /// <summary>
    /// Adds a categorical covariate when it is recorded for everyone and has two or more values; otherwise says why
    /// not. A partly recorded covariate is left out rather than dropping the people it is missing for, which would
    /// change who is compared.
    /// </summary>
    private static void AddCategorical<T>(List<Covariate> covariates, List<Phrase> omitted, string name, T[] values, T notRecorded, Func<T, string> label)
        where T : struct, Enum
    {
        // The default comparer compares the enums without boxing each of up to a million values (Enum.Equals(object) does).
        var equal = EqualityComparer<T>.Default;
        var missing = 0;
        foreach (var value in values)
        {
            missing += equal.Equals(value, notRecorded) ? 1 : 0;
        }

        if (missing > 0)
        {
            omitted.Add(Phrase.Of($"The {name} is not recorded for {missing} of the {values.Length} participants compared, so no figure is adjusted for it."));
            return;
        }

        var distinct = values.Distinct().ToArray();
        var levels = distinct.Select(label).Order(StringComparer.Ordinal).ToArray();
        if (levels.Length < 2)
        {
            omitted.Add(levels.Length == 1 ? Phrase.Of($"Everyone compared has the same {name} ({levels[0]}), so there is nothing to adjust for.")
                : Phrase.Of($"Nobody is compared, so there is no {name} to adjust for."));
            return;
        }

        // Label each distinct value once, not each of up to a million participants.
        var codeOf = distinct.ToDictionary(v => v, v => Array.IndexOf(levels, label(v)));
        var codes = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            codes[i] = codeOf[values[i]];
        }

        covariates.Add(Covariate.Categorical(name, codes, levels));
    }
}
