using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>Fisher's exact test, two-sided, following scipy.stats.fisher_exact (SciPy 1.10) step by step.</summary>
public static class FisherExactTest
{
    // SciPy's relative tolerance for "as likely as the observed table": floating-point noise must not
    // decide whether a mathematically equal table counts.
    private const double RelativeTolerance = 1e-14;

    /// <summary>Computes the two-sided test for a 2×2 table [[a, b], [c, d]].</summary>
    public static FisherExactResult TwoSided(ContingencyTable table)
    {
        table.RequireTwoByTwo("Fisher's exact test");
        var n = (int)table.Total;
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "participants", "even an exact test has little power"));
        var a = table[0, 0];
        var b = table[0, 1];
        var c = table[1, 0];
        var d = table[1, 1];
        if (table.RowTotals.Contains(0) || table.ColumnTotals.Contains(0))
        {
            warnings.Add(SmallNumberWarning.NotEstimable("A group or outcome level has no participants: there is nothing to compare."));
            return new FisherExactResult(double.NaN, 1.0, n, warnings.ToImmutable());
        }

        var oddsRatio = c > 0 && b > 0 ? (double)(a * d) / (c * b) : double.PositiveInfinity;
        return new FisherExactResult(oddsRatio, TwoSidedPValue(a, b, c, d), n, warnings.ToImmutable());
    }

    private static double TwoSidedPValue(long a, long b, long c, long d)
    {
        var row1 = a + b;
        var row2 = c + d;
        var column1 = a + c;
        var distribution = new HypergeometricDistribution(row1 + row2, row1, column1);
        var mode = (long)((column1 + 1) * (double)(row1 + 1) / (row1 + row2 + 2));
        var observedProbability = distribution.Pmf(a);
        var modeProbability = distribution.Pmf(mode);
        var gamma = 1 + RelativeTolerance;

        if (Math.Abs(observedProbability - modeProbability) / Math.Max(observedProbability, modeProbability) <= RelativeTolerance)
        {
            return 1.0;
        }

        double pValue;
        if (a < mode)
        {
            var lowerTail = distribution.Cdf(a);
            if (distribution.Pmf(column1) > observedProbability * gamma)
            {
                return lowerTail;
            }

            var boundary = BinarySearch(x => -distribution.Pmf(x), -observedProbability * gamma, mode, column1);
            pValue = lowerTail + distribution.Sf(boundary);
        }
        else
        {
            var upperTail = distribution.Sf(a - 1);
            if (distribution.Pmf(0) > observedProbability * gamma)
            {
                return upperTail;
            }

            var boundary = BinarySearch(distribution.Pmf, observedProbability * gamma, 0, mode);
            pValue = upperTail + distribution.Cdf(boundary);
        }

        return Math.Min(pValue, 1.0);
    }

    // SciPy's _binary_search_for_binom_tst: the i in [lo, hi] with f(i) <= target < f(i + 1), f ascending.
    private static long BinarySearch(Func<long, double> f, double target, long lo, long hi)
    {
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var value = f(mid);
            if (value < target)
            {
                lo = mid + 1;
            }
            else if (value > target)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return f(lo) <= target ? lo : lo - 1;
    }
}
