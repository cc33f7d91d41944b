using Offramp.Core.Common;
using Offramp.Statistics.Common;
using Offramp.Statistics.Contingency;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>Rates at the horizon with Wilson intervals, and the small-number cautions that go with them, in words.</summary>
public static class RateEstimates
{
    /// <summary>Successes among the resolved members that <paramref name="include"/> selects (k indexes the observations).</summary>
    public static RateEstimate Of(string label, SuccessObservations obs, Func<int, bool> include)
    {
        long successes = 0;
        var n = 0;
        var unresolved = 0;
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            if (!include(k))
            {
                continue;
            }

            if (!obs.Resolved[k])
            {
                unresolved++;
                continue;
            }

            n++;
            if (obs.Success[k])
            {
                successes++;
            }
        }

        return FromCounts(label, successes, n, unresolved);
    }

    /// <summary>
    /// The counts behind <see cref="Of"/> for every key at once, in one pass: keys 0..<paramref name="keys"/>-1 from
    /// <paramref name="keyOf"/> (k indexes the observations; a negative key counts nowhere).
    /// </summary>
    public static RateTally[] Tally(SuccessObservations obs, Func<int, int> keyOf, int keys)
    {
        var tallies = new RateTally[keys];
        for (var k = 0; k < obs.Slots.Length; k++)
        {
            if (keyOf(k) is var key and >= 0)
            {
                tallies[key] = tallies[key].Add(obs.Resolved[k], obs.Success[k]);
            }
        }

        return tallies;
    }

    public static RateEstimate FromCounts(string label, long successes, int n, int unresolved)
    {
        if (n == 0)
        {
            return new RateEstimate(label, 0, 0, null, null, null, unresolved,
                [label.Length > 0 ? Phrase.Of($"No participant ({label}) has been followed to the horizon yet: no rate can be given.")
                    : Phrase.Of("No participant has been followed to the horizon yet: no rate can be given.")]);
        }

        var estimate = ProportionEstimate.Wilson(successes, n);
        var warnings = Words(estimate.Warnings, label);
        var failures = n - successes;
        var rarer = Math.Min(successes, failures);
        if (rarer < SmallNumberWarning.MinimumEvents && n >= SmallNumberWarning.MinimumSampleSize)
        {
            warnings.Add((rarer == successes, label.Length > 0) switch
            {
                (true, true) => Phrase.Of($"Only {rarer} successes of {n} ({label}): the rate rests on very few people and its interval is wide."),
                (true, false) => Phrase.Of($"Only {rarer} successes of {n}: the rate rests on very few people and its interval is wide."),
                (false, true) => Phrase.Of($"Only {rarer} non-successes of {n} ({label}): the rate rests on very few people and its interval is wide."),
                _ => Phrase.Of($"Only {rarer} non-successes of {n}: the rate rests on very few people and its interval is wide."),
            });
        }

        return new RateEstimate(label, successes, n, estimate.Proportion, estimate.Interval.Lower, estimate.Interval.Upper, unresolved, warnings);
    }

    /// <summary>The statistics library's warnings as phrases (its templates and values), each under <paramref name="label"/> unless it names it already.</summary>
    public static List<Phrase> Words(IEnumerable<SmallNumberWarning> warnings, string label = "") =>
        [.. warnings.Select(w => Phrase.FromTemplate(w.Template, [.. w.Values.Select(Fragment)]))
            .Select((phrase, i) => label.Length == 0 || phrase.ToString().Contains(label, StringComparison.Ordinal) ? phrase : Phrase.Of($"{label}: {phrase}"))];

    /// <summary>A note or caution the statistics library wrote as a template and values (an agreement report's), as a phrase.</summary>
    public static Phrase Words(WarningText text) => Phrase.FromTemplate(text.Template, [.. text.Values.Select(Fragment)]);

    /// <summary>
    /// A fragment the library was given ("participants in group {0}") is a phrase too: its words translated, the group's
    /// label as given; a fragment inside a fragment (a statistic's name in a consequence) is worded the same way.
    /// </summary>
    private static object? Fragment(object? value) => value is WarningText text ? Words(text) : value;
}

/// <summary>One key's members of a metric: all of them, and the successes, resolved and unresolved among them.</summary>
public readonly record struct RateTally(int Members, long Successes, int Resolved, int Unresolved)
{
    public RateTally Add(bool resolved, bool success) => resolved
        ? this with { Members = Members + 1, Resolved = Resolved + 1, Successes = Successes + (success ? 1 : 0) }
        : this with { Members = Members + 1, Unresolved = Unresolved + 1 };

    public RateEstimate Estimate(string label) => RateEstimates.FromCounts(label, Successes, Resolved, Unresolved);
}
