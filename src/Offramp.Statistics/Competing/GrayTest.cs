namespace Offramp.Statistics.Competing;

/// <summary>
/// Gray's (1988) k-sample test for the cumulative incidence of one cause, transcribing cmprsk's crstm/crst
/// (rho = 0): scores and their covariance summed over strata, for the first k-1 groups.
/// </summary>
internal static class GrayTest
{
    /// <param name="times">Times, ascending.</param>
    /// <param name="code">0 censored, 1 the cause of interest, 2 another cause.</param>
    /// <param name="groups">Group per row, 0..groupCount-1.</param>
    /// <param name="strata">Stratum per row, 0..strataCount-1.</param>
    public static (double[] Scores, double[,] Covariance) Compute(
        ReadOnlySpan<double> times, ReadOnlySpan<int> code, ReadOnlySpan<int> groups, int groupCount, ReadOnlySpan<int> strata, int strataCount)
    {
        var ng1 = groupCount - 1;
        var scores = new double[ng1];
        var covariance = new double[ng1, ng1];
        if (strataCount == 1)
        {
            Stratum(times, code, groups, groupCount, scores, covariance);
        }

        for (var stratum = 0; strataCount > 1 && stratum < strataCount; stratum++)
        {
            var y = new List<double>();
            var m = new List<int>();
            var g = new List<int>();
            for (var i = 0; i < times.Length; i++)
            {
                if (strata[i] == stratum)
                {
                    y.Add(times[i]);
                    m.Add(code[i]);
                    g.Add(groups[i]);
                }
            }

            if (y.Count > 0)
            {
                Stratum([.. y], [.. m], [.. g], groupCount, scores, covariance);
            }
        }

        for (var i = 0; i < ng1; i++)
        {
            for (var j = 0; j < i; j++)
            {
                covariance[j, i] = covariance[i, j];
            }
        }

        return (scores, covariance);
    }

    /// <remarks>Reads spans: copying a million rows' times, codes and groups per cause was a quarter of the memory of cumulative incidence.</remarks>
    private static void Stratum(ReadOnlySpan<double> y, ReadOnlySpan<int> m, ReadOnlySpan<int> ig, int ng, double[] sTotal, double[,] vTotal)
    {
        var n = y.Length;
        var ng1 = ng - 1;
        var rs = new int[ng];
        foreach (var group in ig)
        {
            rs[group]++;
        }

        var s = new double[ng1];
        var v = new double[ng1, ng1];
        var f1m = new double[ng];
        var f1 = new double[ng];
        var skmm = new double[ng];
        var skm = new double[ng];
        var v3 = new double[ng];
        var v2 = new double[ng1, ng];
        var c = new double[ng, ng];
        var a = new double[ng, ng];
        var d = new int[3, ng];
        Array.Fill(skmm, 1.0);
        Array.Fill(skm, 1.0);
        var fm = 0.0;
        for (var ll = 0; ll < n;)
        {
            var lu = ll;
            while (lu + 1 < n && !(y[lu + 1] > y[ll]))
            {
                lu++;
            }

            Array.Clear(d);
            for (var i = ll; i <= lu; i++)
            {
                d[m[i], ig[i]]++;
            }

            var nd1 = 0;
            var nd2 = 0;
            for (var i = 0; i < ng; i++)
            {
                nd1 += d[1, i];
                nd2 += d[2, i];
            }

            if (nd1 != 0 || nd2 != 0)
            {
                var f = Step(ng, rs, d, nd1, nd2, fm, f1m, f1, skmm, skm, a, c, s, v, v2, v3);
                fm = f;
            }

            if (lu >= n - 1)
            {
                break;
            }

            for (var i = ll; i <= lu; i++)
            {
                rs[ig[i]]--;
            }

            for (var i = 0; i < ng; i++)
            {
                f1m[i] = f1[i];
                skmm[i] = skm[i];
            }

            ll = lu + 1;
        }

        for (var i = 0; i < ng1; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                for (var k = 0; k < ng; k++)
                {
                    v[i, j] += c[i, k] * c[j, k] * v3[k];
                    v[i, j] += c[i, k] * v2[j, k];
                    v[i, j] += c[j, k] * v2[i, k];
                }
            }
        }

        for (var i = 0; i < ng1; i++)
        {
            sTotal[i] += s[i];
            for (var j = 0; j <= i; j++)
            {
                vTotal[i, j] += v[i, j];
            }
        }
    }

    /// <summary>One distinct time with events (crst's loop body); returns the pooled incidence after it.</summary>
    private static double Step(
        int ng, int[] rs, int[,] d, int nd1, int nd2, double fm,
        double[] f1m, double[] f1, double[] skmm, double[] skm, double[,] a, double[,] c,
        double[] s, double[,] v, double[,] v2, double[] v3)
    {
        var ng1 = ng - 1;
        var tr = 0.0;
        var tq = 0.0;
        for (var i = 0; i < ng; i++)
        {
            if (rs[i] <= 0)
            {
                continue;
            }

            double td = d[1, i] + d[2, i];
            skm[i] = skmm[i] * (rs[i] - td) / rs[i];
            f1[i] = f1m[i] + (skmm[i] * d[1, i] / rs[i]);
            tr += rs[i] / skmm[i];
            tq += rs[i] * (1 - f1m[i]) / skmm[i];
        }

        var f = fm + (nd1 / tr);
        const double fb = 1; // (1 - fm)^rho with rho = 0
        for (var i = 0; i < ng; i++)
        {
            for (var j = i; j < ng; j++)
            {
                a[i, j] = 0;
            }

            if (rs[i] <= 0)
            {
                continue;
            }

            var t1 = rs[i] / skmm[i];
            a[i, i] = fb * t1 * (1 - (t1 / tr));
            if (a[i, i] != 0)
            {
                c[i, i] += a[i, i] * nd1 / (tr * (1 - fm));
            }

            for (var j = i + 1; j < ng; j++)
            {
                if (rs[j] <= 0)
                {
                    continue;
                }

                a[i, j] = -fb * t1 * rs[j] / (skmm[j] * tr);
                if (a[i, j] != 0)
                {
                    c[i, j] += a[i, j] * nd1 / (tr * (1 - fm));
                }
            }
        }

        for (var i = 1; i < ng; i++)
        {
            for (var j = 0; j < i; j++)
            {
                a[i, j] = a[j, i];
                c[i, j] = c[j, i];
            }
        }

        for (var i = 0; i < ng1; i++)
        {
            if (rs[i] > 0)
            {
                s[i] += fb * (d[1, i] - ((double)nd1 * rs[i] * (1 - f1m[i]) / (skmm[i] * tq)));
            }
        }

        if (nd1 > 0)
        {
            for (var k = 0; k < ng; k++)
            {
                if (rs[k] <= 0)
                {
                    continue;
                }

                var t4 = skm[k] > 0 ? 1 - ((1 - f) / skm[k]) : 1;
                var t5 = nd1 > 1 ? 1 - ((nd1 - 1) / ((tr * skmm[k]) - 1)) : 1;
                var t3 = t5 * skmm[k] * nd1 / (tr * rs[k]);
                v3[k] += t4 * t4 * t3;
                for (var i = 0; i < ng1; i++)
                {
                    var t1 = a[i, k] - (t4 * c[i, k]);
                    v2[i, k] += t1 * t4 * t3;
                    for (var j = 0; j <= i; j++)
                    {
                        var t2 = a[j, k] - (t4 * c[j, k]);
                        v[i, j] += t1 * t2 * t3;
                    }
                }
            }
        }

        if (nd2 > 0)
        {
            for (var k = 0; k < ng; k++)
            {
                if (skm[k] <= 0 || d[2, k] <= 0)
                {
                    continue;
                }

                var t4 = (1 - f) / skm[k];
                var t5 = d[2, k] > 1 ? 1 - ((d[2, k] - 1.0) / (rs[k] - 1.0)) : 1;
                double t6 = rs[k];
                var t3 = t5 * (skmm[k] * skmm[k] * d[2, k]) / (t6 * t6);
                v3[k] += t4 * t4 * t3;
                for (var i = 0; i < ng1; i++)
                {
                    var t1 = t4 * c[i, k];
                    v2[i, k] -= t1 * t4 * t3;
                    for (var j = 0; j <= i; j++)
                    {
                        var t2 = t4 * c[j, k];
                        v[i, j] += t1 * t2 * t3;
                    }
                }
            }
        }

        return f;
    }
}
