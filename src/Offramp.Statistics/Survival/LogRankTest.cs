using System.Collections.Immutable;

using MathNet.Numerics.LinearAlgebra;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>Log-rank test for two or more groups, plain or stratified, matching R survival's survdiff.</summary>
public static class LogRankTest
{
    /// <summary>Tests whether the groups share one survival curve.</summary>
    /// <param name="times">Follow-up time per participant.</param>
    /// <param name="events">Event (true) or censored (false) per participant.</param>
    /// <param name="groups">Group code per participant, an index into <paramref name="groupLabels"/>.</param>
    /// <param name="groupLabels">Label of each group code.</param>
    /// <param name="mergeNearTies">Merge times equal up to floating-point noise, as R's timefix.</param>
    public static LogRankResult Compare(
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<int> groups,
        IReadOnlyList<string> groupLabels,
        bool mergeNearTies = true) =>
        Compare(SurvivalSample.Create(times, events, groups, groupLabels, mergeNearTies: mergeNearTies));

    /// <summary>Tests whether the groups of a sample share one survival curve, ignoring its strata.</summary>
    public static LogRankResult Compare(SurvivalSample sample) =>
        Compute(sample.Sorted, sample.GroupLabels, [sample.Sorted], [string.Empty]);

    /// <summary>Tests whether the groups of a sample share one survival curve within each of its strata.</summary>
    public static LogRankResult CompareStratified(SurvivalSample sample) =>
        Compute(sample.Sorted, sample.GroupLabels, sample.Sorted.PartitionByStratum(sample.StrataLabels.Count), sample.StrataLabels);

    /// <summary>
    /// Tests whether the groups share one survival curve within each stratum (e.g. gender), summing
    /// observed, expected and variance over strata as survdiff(... + strata(s)).
    /// </summary>
    /// <param name="times">Follow-up time per participant.</param>
    /// <param name="events">Event (true) or censored (false) per participant.</param>
    /// <param name="groups">Group code per participant.</param>
    /// <param name="groupLabels">Label of each group code.</param>
    /// <param name="strata">Stratum code per participant; empty for a single stratum.</param>
    /// <param name="strataLabels">Label of each stratum code.</param>
    /// <param name="mergeNearTies">Merge times equal up to floating-point noise, as R's timefix.</param>
    public static LogRankResult CompareStratified(
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<int> groups,
        IReadOnlyList<string> groupLabels,
        ReadOnlySpan<int> strata,
        IReadOnlyList<string> strataLabels,
        bool mergeNearTies = true) =>
        CompareStratified(SurvivalSample.Create(times, events, groups, groupLabels, strata, strataLabels, mergeNearTies));

    private static LogRankResult Compute(
        SortedSurvivalSample sample,
        IReadOnlyList<string> groupLabels,
        SortedSurvivalSample[] parts,
        IReadOnlyList<string> strataLabels)
    {
        var groupCount = groupLabels.Count;
        if (groupCount < 2)
        {
            throw new ArgumentException("The log-rank test needs at least two groups.", nameof(groupLabels));
        }

        var variance = new double[groupCount, groupCount];
        var observedTotal = new double[groupCount];
        var expectedTotal = new double[groupCount];
        var groupSizes = new int[groupCount];
        foreach (var code in sample.Groups)
        {
            groupSizes[code]++;
        }

        var strataResults = ImmutableArray.CreateBuilder<LogRankStratum>(parts.Length);
        for (var s = 0; s < parts.Length; s++)
        {
            var observed = new double[groupCount];
            var expected = new double[groupCount];
            AccumulateStratum(parts[s], observed, expected, variance);
            for (var g = 0; g < groupCount; g++)
            {
                observedTotal[g] += observed[g];
                expectedTotal[g] += expected[g];
            }

            strataResults.Add(new LogRankStratum(strataLabels[s], parts[s].Count, [.. observed], [.. expected]));
        }

        var (chiSquare, degreesOfFreedom) = ChiSquare(observedTotal, expectedTotal, variance);
        var pValue = degreesOfFreedom > 0 ? Probability.ChiSquareUpperTail(chiSquare, degreesOfFreedom) : double.NaN;

        var groupResults = ImmutableArray.CreateBuilder<LogRankGroup>(groupCount);
        var warnings = new WarningCollector();
        for (var g = 0; g < groupCount; g++)
        {
            groupResults.Add(new LogRankGroup(groupLabels[g], groupSizes[g], observedTotal[g], expectedTotal[g]));
            warnings.Add(SmallNumberWarning.ForEvents((int)observedTotal[g], WarningText.Of($"in group {groupLabels[g]}"), "the log-rank test has little power and its p-value is approximate"));
        }

        if (degreesOfFreedom < 1)
        {
            warnings.Add(SmallNumberWarning.NotEstimable("Fewer than two groups had any events expected: the log-rank test cannot be computed."));
        }
        else if (double.IsNaN(chiSquare))
        {
            warnings.Add(SmallNumberWarning.NotEstimable("The variance matrix is singular: the log-rank test cannot be computed."));
        }

        return new LogRankResult(
            chiSquare,
            degreesOfFreedom,
            pValue,
            groupResults.MoveToImmutable(),
            ToRows(variance),
            strataResults.MoveToImmutable(),
            sample.Count,
            warnings.ToImmutable());
    }

    // survdiff2.c with rho = 0: walk one stratum from the last time back, so the risk sets grow as we go.
    private static void AccumulateStratum(SortedSurvivalSample stratum, double[] observed, double[] expected, double[,] variance)
    {
        var groupCount = observed.Length;
        var atRisk = new double[groupCount];
        var times = stratum.Times;
        var events = stratum.Events;
        var groups = stratum.Groups;
        var n = stratum.Count;
        for (var i = n - 1; i >= 0;)
        {
            var t = times[i];
            var deaths = 0.0;
            var j = i;
            for (; j >= 0 && times[j] == t; j--)
            {
                var group = groups[j];
                atRisk[group] += 1;
                if (events[j])
                {
                    deaths += 1;
                    observed[group] += 1;
                }
            }

            i = j;
            double totalAtRisk = n - (j + 1);
            if (deaths > 0)
            {
                for (var k = 0; k < groupCount; k++)
                {
                    expected[k] += deaths * atRisk[k] / totalAtRisk;
                }

                if (totalAtRisk == 1)
                {
                    continue;
                }

                for (var row = 0; row < groupCount; row++)
                {
                    var term = deaths * atRisk[row] * (totalAtRisk - deaths) / (totalAtRisk * (totalAtRisk - 1));
                    variance[row, row] += term;
                    for (var column = 0; column < groupCount; column++)
                    {
                        variance[row, column] -= term * atRisk[column] / totalAtRisk;
                    }
                }
            }
        }
    }

    // As survdiff: drop groups with nothing expected, then the first remaining group, and solve.
    private static (double ChiSquare, int DegreesOfFreedom) ChiSquare(double[] observed, double[] expected, double[,] variance)
    {
        var kept = new List<int>();
        for (var g = 0; g < expected.Length; g++)
        {
            if (expected[g] > 0)
            {
                kept.Add(g);
            }
        }

        var degreesOfFreedom = kept.Count - 1;
        if (degreesOfFreedom < 1)
        {
            return (0, degreesOfFreedom);
        }

        var reduced = Matrix<double>.Build.Dense(degreesOfFreedom, degreesOfFreedom, (r, c) => variance[kept[r + 1], kept[c + 1]]);
        var difference = Vector<double>.Build.Dense(degreesOfFreedom, r => observed[kept[r + 1]] - expected[kept[r + 1]]);
        var lu = reduced.LU();
        if (lu.Determinant == 0)
        {
            return (double.NaN, degreesOfFreedom);
        }

        var solved = lu.Solve(difference);
        var chiSquare = 0.0;
        for (var r = 0; r < degreesOfFreedom; r++)
        {
            chiSquare += solved[r] * difference[r];
        }

        return (chiSquare, degreesOfFreedom);
    }

    private static ImmutableArray<ImmutableArray<double>> ToRows(double[,] matrix)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(matrix.GetLength(0));
        for (var r = 0; r < matrix.GetLength(0); r++)
        {
            var row = new double[matrix.GetLength(1)];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = matrix[r, c];
            }

            rows.Add([.. row]);
        }

        return rows.MoveToImmutable();
    }
}
