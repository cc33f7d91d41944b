using System.Collections.Immutable;
using System.Runtime.InteropServices;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Competing;

/// <summary>
/// Competing risks: when another outcome (death, deportation, re-detention) can happen first, the
/// Kaplan–Meier of one outcome overstates its risk. This estimates each cause's cumulative incidence per
/// group (Aalen–Johansen, with Gray's variance) and compares groups with Gray's test, matching R's
/// cmprsk::cuminc and timepoints.
/// </summary>
public static class CompetingRisks
{
    /// <param name="times">Follow-up time per participant.</param>
    /// <param name="status">0 = censored, 1..k = the cause that ended follow-up.</param>
    /// <param name="groups">Group code per participant (null for one group).</param>
    /// <param name="groupLabels">Group labels in R's factor order.</param>
    /// <param name="strata">Stratum per participant for Gray's test (null for none).</param>
    /// <param name="strataCount">Number of strata.</param>
    /// <param name="horizons">Times at which to report each curve.</param>
    /// <param name="confidenceLevel">Level of the pointwise intervals.</param>
    public static CompetingRisksResult Analyze(
        double[] times,
        int[] status,
        int[]? groups = null,
        IReadOnlyList<string>? groupLabels = null,
        int[]? strata = null,
        int strataCount = 1,
        IReadOnlyList<double>? horizons = null,
        double confidenceLevel = 0.95)
    {
        var n = times.Length;
        if (status.Length != n || (groups?.Length ?? n) != n || (strata?.Length ?? n) != n)
        {
            throw new ArgumentException("Times, status, groups and strata need one entry per participant.", nameof(status));
        }

        // Plain loops over the arrays: on a million rows, zipping them into tuples and adding every code to a sorted
        // set cost more than the sort that follows. There are a few causes, so a short list finds a code seen before
        // faster than a set does.
        var seen = new List<int>();
        var previous = 0;
        for (var i = 0; i < n; i++)
        {
            var (time, code) = (times[i], status[i]);
            if (!double.IsFinite(time) || time < 0 || code < 0)
            {
                throw new ArgumentException("Times must be finite and non-negative, status codes 0 or more.", nameof(times));
            }

            if (code != 0 && code != previous)
            {
                if (!seen.Contains(code))
                {
                    seen.Add(code);
                }

                previous = code;
            }
        }

        seen.Sort();
        var causes = seen.ToImmutableArray();
        if (causes.IsEmpty)
        {
            throw new ModelNotEstimableException(WarningText.Of($"None of the {n} participants has an event of any cause: there is no incidence to estimate."));
        }

        // Sort by time once (the order within tied times does not change any figure), each row's status, group and
        // stratum carried along (see TimeSort), and drop groups nobody is in.
        var rows = new Row[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = new Row(status[i], groups?[i] ?? 0, strata?[i] ?? 0);
        }

        var sortedTimes = (double[])times.Clone();
        TimeSort.Sort(sortedTimes, rows);
        var labels = groupLabels ?? [string.Empty];
        var sizes = new int[labels.Count];
        foreach (var row in rows)
        {
            sizes[row.Group]++;
        }

        var renumber = new int[labels.Count];
        var used = new List<string>();
        for (var g = 0; g < labels.Count; g++)
        {
            renumber[g] = sizes[g] > 0 ? used.Count : -1;
            if (sizes[g] > 0)
            {
                used.Add(labels[g]);
            }
        }

        var sortedStatus = new int[n];
        var sortedGroups = new int[n];
        var sortedStrata = new int[n];
        var partTimes = new double[used.Count][];
        var partStatus = new int[used.Count][];
        var filled = new int[used.Count];
        for (var g = 0; g < labels.Count; g++)
        {
            if (renumber[g] >= 0)
            {
                partTimes[renumber[g]] = new double[sizes[g]];
                partStatus[renumber[g]] = new int[sizes[g]];
            }
        }

        for (var k = 0; k < n; k++)
        {
            var row = rows[k];
            var g = renumber[row.Group];
            sortedStatus[k] = row.Status;
            sortedGroups[k] = g;
            if (strata is not null)
            {
                sortedStrata[k] = row.Stratum; // without strata the zeros as allocated, never written (or touched)
            }
            partTimes[g][filled[g]] = sortedTimes[k];
            partStatus[g][filled[g]++] = row.Status;
        }

        var z = Probability.TwoSidedNormalCritical(confidenceLevel);
        // Each cause's curves and test read the sorted arrays only, so causes run in parallel (one per core); the
        // results are placed by cause, so the output is the same as one after the other.
        var curves = new CumulativeIncidenceCurve[causes.Length * used.Count];
        var tests = new GrayTestResult[used.Count > 1 ? causes.Length : 0];
        Parallel.For(0, causes.Length, c =>
        {
            for (var g = 0; g < used.Count; g++)
            {
                curves[(c * used.Count) + g] = Curve(partTimes[g], partStatus[g], used[g], causes[c], horizons ?? [], z);
            }

            if (used.Count > 1)
            {
                tests[c] = Test(sortedTimes, sortedStatus, sortedGroups, used.Count, sortedStrata, Math.Max(strataCount, 1), causes[c]);
            }
        });

        return new CompetingRisksResult(n, causes, ImmutableCollectionsMarshal.AsImmutableArray(curves), ImmutableCollectionsMarshal.AsImmutableArray(tests), confidenceLevel, []);
    }

    private static CumulativeIncidenceCurve Curve(double[] t, int[] status, string label, int cause, IReadOnlyList<double> horizons, double z)
    {
        var (time, estimate, variance) = AalenJohansen.Estimate(t, status, cause);
        var lower = new double[time.Length];
        var upper = new double[time.Length];
        for (var i = 0; i < time.Length; i++)
        {
            (lower[i], upper[i]) = Interval(estimate[i], variance[i], z);
        }

        var lastFollowUp = t[^1];
        var atHorizons = horizons.Select(h => AtTime(h, time, estimate, variance, lastFollowUp, z)).ToImmutableArray();
        var events = 0;
        foreach (var code in status)
        {
            events += code == cause ? 1 : 0;
        }

        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(t.Length, label.Length == 0 ? "participants" : WarningText.Of($"participants in group {label}"), "the cumulative incidence is unreliable"))
            .Add(SmallNumberWarning.ForEvents(events, label.Length == 0 ? WarningText.Of($"of cause {cause}") : WarningText.Of($"of cause {cause} in group {label}"), "its cumulative incidence is unstable"))
            .ToImmutable();
        return new CumulativeIncidenceCurve(
            label,
            cause,
            t.Length,
            events,
            ImmutableCollectionsMarshal.AsImmutableArray(time),
            ImmutableCollectionsMarshal.AsImmutableArray(estimate),
            ImmutableCollectionsMarshal.AsImmutableArray(variance),
            ImmutableCollectionsMarshal.AsImmutableArray(lower),
            ImmutableCollectionsMarshal.AsImmutableArray(upper),
            lastFollowUp,
            atHorizons,
            warnings);
    }

    /// <summary>cmprsk's timepoints: the value at the last jump at or before the time; NaN past the last follow-up.</summary>
    private static CumulativeIncidenceAtTime AtTime(double horizon, double[] time, double[] estimate, double[] variance, double lastFollowUp, double z)
    {
        if (horizon > lastFollowUp || horizon < 0)
        {
            return new CumulativeIncidenceAtTime(horizon, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var at = Array.BinarySearch(time, horizon);
        var index = at >= 0 ? at : ~at - 1;
        var e = index < 0 ? 0 : estimate[index];
        var v = index < 0 ? 0 : variance[index];
        var (lower, upper) = Interval(e, v, z);
        return new CumulativeIncidenceAtTime(horizon, e, v, lower, upper);
    }

    /// <summary>
    /// Pointwise interval on the log(-log) scale, which keeps both bounds inside (0, 1):
    /// F^exp(±z·sqrt(v)/(F·log F)). Undefined (NaN) where F is 0 or 1.
    /// </summary>
    internal static (double Lower, double Upper) Interval(double estimate, double variance, double z)
    {
        if (!(estimate > 0 && estimate < 1))
        {
            return (double.NaN, double.NaN);
        }

        var log = Math.Log(estimate);
        var width = z * Math.Sqrt(variance) / (estimate * log);
        return (Math.Pow(estimate, Math.Exp(-width)), Math.Pow(estimate, Math.Exp(width)));
    }

    private static GrayTestResult Test(double[] times, int[] status, int[] groups, int groupCount, int[] strata, int strataCount, int cause)
    {
        var code = new int[status.Length];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = status[i] == 0 ? 0 : status[i] == cause ? 1 : 2;
        }

        var (scores, covariance) = GrayTest.Compute(times, code, groups, groupCount, strata, strataCount);
        var factor = (double[,])covariance.Clone();
        var rank = SymmetricCholesky.Factor(factor, 1e-7);
        var df = groupCount - 1;

        // cuminc reports -1 when the covariance is singular; NaN says "not estimable" without a fake number.
        var statistic = rank == df ? SymmetricCholesky.QuadraticFormOfInverse(covariance, scores, SymmetricCholesky.DefaultTolerance) : double.NaN;
        return new GrayTestResult(cause, statistic, df, Probability.ChiSquareUpperTail(statistic, df));
    }

    /// <summary>What a row carries through the sort besides its time.</summary>
    private readonly record struct Row(int Status, int Group, int Stratum);
}
