using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>Mantel–Haenszel pooled odds ratio, RBG interval, MH test and Breslow–Day homogeneity test.</summary>
public static class MantelHaenszelTest
{
    /// <summary>
    /// Pools 2×2 tables, one per stratum. Without <paramref name="continuityCorrection"/> the test matches
    /// statsmodels' test_null_odds() default; with it, R's mantelhaen.test default.
    /// </summary>
    /// <param name="strata">One 2×2 table per stratum, all with the same row and column meaning.</param>
    /// <param name="strataLabels">Stratum names for the warnings; "1", "2", ... when null.</param>
    /// <param name="continuityCorrection">Subtract 0.5 from |Σ(a - E a)| before squaring.</param>
    /// <param name="confidenceLevel">Level of the pooled odds ratio's interval.</param>
    public static MantelHaenszelResult Compute(
        IReadOnlyList<ContingencyTable> strata,
        IReadOnlyList<string>? strataLabels = null,
        bool continuityCorrection = false,
        double confidenceLevel = 0.95)
    {
        if (strata.Count == 0)
        {
            throw new ArgumentException("At least one stratum is needed.", nameof(strata));
        }

        var count = strata.Count;
        var a = new double[count];
        var apb = new double[count];
        var apc = new double[count];
        var bpd = new double[count];
        var cpd = new double[count];
        var ad = new double[count];
        var bc = new double[count];
        var apd = new double[count];
        var dma = new double[count];
        var n = new double[count];
        for (var s = 0; s < count; s++)
        {
            var table = strata[s];
            table.RequireTwoByTwo("The Mantel–Haenszel analysis");
            double ta = table[0, 0], tb = table[0, 1], tc = table[1, 0], td = table[1, 1];
            a[s] = ta;
            apb[s] = ta + tb;
            apc[s] = ta + tc;
            bpd[s] = tb + td;
            cpd[s] = tc + td;
            ad[s] = ta * td;
            bc[s] = tb * tc;
            apd[s] = ta + td;
            dma[s] = td - ta;
            n[s] = ta + tb + tc + td;
        }

        var pooled = Sum(count, s => ad[s] / n[s]) / Sum(count, s => bc[s] / n[s]);
        var standardError = RobinsBreslowGreenlandStandardError(count, ad, bc, apd, n);
        var logPooled = Math.Log(pooled);
        var halfWidth = Probability.TwoSidedNormalCritical(confidenceLevel) * standardError;
        var interval = new ConfidenceInterval(Math.Exp(logPooled - halfWidth), Math.Exp(logPooled + halfWidth), confidenceLevel);

        var deviation = Math.Abs(Sum(count, s => a[s] - (apb[s] * apc[s] / n[s])));
        if (continuityCorrection)
        {
            deviation -= 0.5;
        }

        // Strata of one participant add nothing to the variance (their term is 0/0), so they are skipped.
        var variance = Sum(count, s => n[s] > 1 ? apb[s] * apc[s] * bpd[s] * cpd[s] / (n[s] * n[s] * (n[s] - 1)) : 0);
        var chiSquare = deviation * deviation / variance;
        var (homogeneity, homogeneityP) = BreslowDay(count, pooled, a, apb, apc, dma);

        var total = (int)n.Sum();
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(total, "participants", "the pooled odds ratio is imprecise"));
        for (var s = 0; s < count; s++)
        {
            var label = strataLabels is not null && s < strataLabels.Count ? strataLabels[s] : (s + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            warnings.Add(SmallNumberWarning.ForSampleSize((int)n[s], WarningText.Of($"participants in stratum {label}"), "that stratum adds little information"));
        }

        if (!double.IsFinite(pooled) || pooled == 0)
        {
            warnings.Add(SmallNumberWarning.NotEstimable("Every stratum has a zero in the same diagonal: the pooled odds ratio cannot be estimated."));
        }

        return new MantelHaenszelResult(
            pooled,
            standardError,
            interval,
            chiSquare,
            Probability.ChiSquareUpperTail(chiSquare, 1),
            continuityCorrection,
            homogeneity,
            homogeneityP,
            count,
            total,
            warnings.ToImmutable());
    }

    // statsmodels StratifiedTable.logodds_pooled_se, term for term.
    private static double RobinsBreslowGreenlandStandardError(int count, double[] ad, double[] bc, double[] apd, double[] n)
    {
        var adns = Sum(count, s => ad[s] / n[s]);
        var bcns = Sum(count, s => bc[s] / n[s]);
        var variance = Sum(count, s => apd[s] * ad[s] / (n[s] * n[s])) / (adns * adns);
        var mid = Sum(count, s => (apd[s] * bc[s] / (n[s] * n[s])) + ((1 - (apd[s] / n[s])) * ad[s] / n[s]));
        mid /= adns * bcns;
        variance += mid;
        variance += Sum(count, s => (1 - (apd[s] / n[s])) * bc[s] / n[s]) / (bcns * bcns);
        variance /= 2;
        return Math.Sqrt(variance);
    }

    // statsmodels StratifiedTable.test_equal_odds(adjust=False).
    private static (double Statistic, double PValue) BreslowDay(int count, double pooled, double[] a, double[] apb, double[] apc, double[] dma)
    {
        if (count < 2)
        {
            return (double.NaN, double.NaN);
        }

        var qa = 1 - pooled;
        var statistic = 0.0;
        for (var s = 0; s < count; s++)
        {
            var qb = (pooled * (apb[s] + apc[s])) + dma[s];
            var qc = -pooled * apb[s] * apc[s];
            var root = Math.Sqrt((qb * qb) - (4 * qa * qc));
            var expected = (-qb + root) / (2 * qa);
            var inverseVariance = (1 / expected) + (1 / (apc[s] - expected)) + (1 / (apb[s] - expected)) + (1 / (dma[s] + expected));
            var cellVariance = 1 / inverseVariance;
            var deviation = a[s] - expected;
            statistic += deviation * deviation / cellVariance;
        }

        return (statistic, Probability.ChiSquareUpperTail(statistic, count - 1));
    }

    private static double Sum(int count, Func<int, double> term)
    {
        var total = 0.0;
        for (var s = 0; s < count; s++)
        {
            total += term(s);
        }

        return total;
    }
}
