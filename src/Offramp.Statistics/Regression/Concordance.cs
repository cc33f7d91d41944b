namespace Offramp.Statistics.Regression;

/// <summary>
/// Concordance between a risk score and right-censored times, transcribing R survival's concordancefit with
/// concordance3 (timewt "n", reverse = TRUE as coxph calls it): pairs are counted with two weighted Fenwick
/// trees over the ranks of the score, in O(n log n), and the variance comes from each observation's
/// influence on Somers' d.
/// </summary>
internal static class Concordance
{
    /// <param name="times">Follow-up times.</param>
    /// <param name="events">Event indicators.</param>
    /// <param name="risk">Risk score (linear predictor) per row.</param>
    /// <param name="strata">Stratum per row (empty for none); pairs are compared only within a stratum.</param>
    /// <param name="strataCount">Number of strata.</param>
    /// <param name="weights">Case weights (empty for 1).</param>
    /// <param name="clusters">Cluster per row (empty for none): influences are summed within clusters.</param>
    public static ConcordanceResult Compute(
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<double> risk,
        ReadOnlySpan<int> strata,
        int strataCount,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<int> clusters)
    {
        var n = times.Length;
        var influence = new double[n * 3];
        var count = new double[5];
        var parts = Math.Max(strataCount, 1);
        var members = new List<int>[parts];
        for (var s = 0; s < parts; s++)
        {
            members[s] = [];
        }

        for (var i = 0; i < n; i++)
        {
            members[strata.IsEmpty ? 0 : strata[i]].Add(i);
        }

        foreach (var rows in members)
        {
            if (rows.Count > 0)
            {
                CountStratum([.. rows], times, events, risk, weights, count, influence);
            }
        }

        var concordant = count[0];
        var discordant = count[1];
        var tiedRisk = count[2];
        var pairs = concordant + discordant + tiedRisk;
        var somers = (concordant - discordant) / pairs;
        var caseWeights = weights.IsEmpty ? null : weights.ToArray();
        double[] dfbeta;
        if (clusters.IsEmpty)
        {
            dfbeta = new double[n];
            for (var i = 0; i < n; i++)
            {
                dfbeta[i] = Influence(i);
            }
        }
        else
        {
            var clusterCount = 0;
            foreach (var c in clusters)
            {
                clusterCount = Math.Max(clusterCount, c + 1);
            }

            dfbeta = new double[clusterCount];
            for (var i = 0; i < n; i++)
            {
                dfbeta[clusters[i]] += Influence(i);
            }
        }

        var variance = 0.0;
        foreach (var d in dfbeta)
        {
            variance += d * d;
        }

        // reverse = TRUE: a higher score should mean a shorter time, so concordant and discordant swap.
        var estimate = 1 - ((somers + 1) / 2);
        return new ConcordanceResult(discordant, concordant, tiedRisk, count[3], count[4], estimate, Math.Sqrt(variance / 4));

        double Influence(int i)
        {
            var w = caseWeights?[i] ?? 1.0;
            var c = influence[i * 3];
            var d = influence[(i * 3) + 1];
            var t = influence[(i * 3) + 2];
            return w * (((c - d) / pairs) - ((somers / pairs) * (c + d + t)));
        }
    }

    private static void CountStratum(
        int[] rows,
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<double> risk,
        ReadOnlySpan<double> weights,
        double[] totals,
        double[] influence)
    {
        var count = new double[5];
        var n = rows.Length;
        var anyEvent = false;
        foreach (var row in rows)
        {
            anyEvent |= events[row];
        }

        if (!anyEvent)
        {
            return; // R: a stratum without events adds nothing
        }

        var t = new double[n];
        var e = new bool[n];
        var w = new double[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = times[rows[i]];
            e[i] = events[rows[i]];
            w[i] = weights.IsEmpty ? 1.0 : weights[rows[i]];
            scores[i] = risk[rows[i]];
        }

        // Ranks of the distinct scores and of the distinct times, each from one sort on primitive keys.
        var rank = Ranks(scores, out var distinctScores);
        var timeRank = Ranks(t, out var distinctTimes);

        // R's order(-time, status, risk): latest first, censored before events at a time, then by score.
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = ((((long)(distinctTimes - 1 - timeRank[i]) * 2) + (e[i] ? 1 : 0)) * distinctScores) + rank[i];
            order[i] = i;
        }

        Array.Sort(keys, order);

        var all = new WeightTree(distinctScores);
        var dead = new WeightTree(distinctScores);
        var inf = new double[n * 5];
        Span<double> sums = stackalloc double[3];
        for (var i = 0; i < n;)
        {
            var ii = order[i];
            if (!e[ii])
            {
                dead.Walk(rank[ii], sums);
                inf[ii * 5] -= sums[1];
                inf[(ii * 5) + 1] -= sums[0];
                inf[(ii * 5) + 2] -= sums[2];
                all.Add(rank[ii], w[ii]);
                i++;
                continue;
            }

            var deaths = 0;
            var deadWeight = 0.0;
            var tiedBothWeight = 0.0;
            var rankSaved = rank[ii];
            var j2 = i;
            int j;
            for (j = i; j < n && t[order[j]] == t[ii]; j++)
            {
                var jj = order[j];
                deaths++;
                count[3] += w[jj] * deadWeight;
                deadWeight += w[jj];
                if (rank[jj] != rankSaved)
                {
                    if (w[order[j2]] < tiedBothWeight)
                    {
                        for (; j2 < j; j2++)
                        {
                            var kk = order[j2];
                            inf[(kk * 5) + 4] += tiedBothWeight - w[kk];
                            inf[(kk * 5) + 3] -= tiedBothWeight - w[kk];
                        }
                    }
                    else
                    {
                        j2 = j;
                    }

                    tiedBothWeight = 0;
                    rankSaved = rank[jj];
                }

                count[4] += w[jj] * tiedBothWeight;
                tiedBothWeight += w[jj];
                all.Walk(rank[jj], sums);
                for (var k = 0; k < 3; k++)
                {
                    count[k] += w[jj] * sums[k];
                    inf[(jj * 5) + k] += sums[k];
                }

                dead.Add(rank[jj], w[jj]);
            }

            if (w[order[j2]] < tiedBothWeight)
            {
                for (; j2 < j; j2++)
                {
                    var kk = order[j2];
                    inf[(kk * 5) + 4] += tiedBothWeight - w[kk];
                    inf[(kk * 5) + 3] -= tiedBothWeight - w[kk];
                }
            }

            for (j = i; j < i + deaths; j++)
            {
                var jj = order[j];
                dead.Walk(rank[jj], sums);
                inf[jj * 5] -= sums[1];
                inf[(jj * 5) + 1] -= sums[0];
                inf[(jj * 5) + 2] -= sums[2];
                inf[(jj * 5) + 3] += deadWeight - w[jj];
                all.Add(rank[jj], w[jj]);
            }

            i += deaths;
        }

        for (var i = 0; i < n; i++)
        {
            dead.Walk(rank[i], sums);
            inf[i * 5] += sums[1];
            inf[(i * 5) + 1] += sums[0];
            inf[(i * 5) + 2] += sums[2];
        }

        count[3] -= count[4]; // tied.y counted the tied.xy pairs too
        for (var k = 0; k < 5; k++)
        {
            totals[k] += count[k];
        }

        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            influence[row * 3] = inf[i * 5];
            influence[(row * 3) + 1] = inf[(i * 5) + 1];
            influence[(row * 3) + 2] = inf[(i * 5) + 2];
        }
    }

    /// <summary>Dense ranks (0-based, ties equal) of the values, and how many distinct values there are.</summary>
    private static int[] Ranks(double[] values, out int distinct)
    {
        var n = values.Length;
        var sorted = (double[])values.Clone();
        var index = new int[n];
        for (var i = 0; i < n; i++)
        {
            index[i] = i;
        }

        Array.Sort(sorted, index);
        var ranks = new int[n];
        distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && sorted[i] != sorted[i - 1])
            {
                distinct++;
            }

            ranks[index[i]] = distinct;
        }

        distinct++;
        return ranks;
    }

    /// <summary>Weights per score rank, answering "how much weight lies above, below and at this rank".</summary>
    private sealed class WeightTree(int size)
    {
        private readonly double[] fenwick = new double[size + 1];
        private readonly double[] node = new double[size];
        private double total;

        public void Add(int rank, double weight)
        {
            node[rank] += weight;
            total += weight;
            for (var i = rank + 1; i <= size; i += i & -i)
            {
                fenwick[i] += weight;
            }
        }

        /// <summary>sums[0]: weight with a higher score; sums[1]: lower; sums[2]: equal.</summary>
        public void Walk(int rank, Span<double> sums)
        {
            var below = 0.0;
            for (var i = rank; i > 0; i -= i & -i)
            {
                below += fenwick[i];
            }

            sums[2] = node[rank];
            sums[1] = below;
            sums[0] = total - below - node[rank];
        }
    }
}
