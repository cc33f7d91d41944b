using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>
/// The time by which a given fraction of participants has had the event, with its confidence interval,
/// as R's quantile.survfit computes it. NaN where R reports NA.
/// </summary>
/// <param name="Probability">Fraction that has had the event (0.5 is the median).</param>
/// <param name="Time">Estimated time.</param>
/// <param name="Lower">Lower confidence bound (from the lower confidence curve).</param>
/// <param name="Upper">Upper confidence bound (from the upper confidence curve).</param>
public sealed record SurvivalQuantile(double Probability, double Time, double Lower, double Upper)
{
    /// <summary>
    /// Quantiles for each probability. As in R, a flat stretch at exactly the target level is
    /// resolved to the midpoint of that stretch, and a curve ending exactly at the level uses the
    /// midpoint to the last follow-up time.
    /// </summary>
    public static ImmutableArray<SurvivalQuantile> FromCurve(KaplanMeierCurve curve, IReadOnlyList<double> probabilities)
    {
        foreach (var p in probabilities)
        {
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(probabilities), p, "Probabilities must lie in [0, 1].");
            }
        }

        var estimate = QuantileFinder.Find(curve.Time, curve.Survival, probabilities);
        var fromLower = QuantileFinder.Find(curve.Time, curve.Lower, probabilities);
        var fromUpper = QuantileFinder.Find(curve.Time, curve.Upper, probabilities);
        var result = ImmutableArray.CreateBuilder<SurvivalQuantile>(probabilities.Count);
        for (var i = 0; i < probabilities.Count; i++)
        {
            result.Add(new SurvivalQuantile(probabilities[i], estimate[i], fromLower[i], fromUpper[i]));
        }

        return result.MoveToImmutable();
    }

    /// <summary>R survival's findq() with the curve prefixed by (time 0, survival 1).</summary>
    private static class QuantileFinder
    {
        public static double[] Find(ImmutableArray<double> curveTime, ImmutableArray<double> curveSurvival, IReadOnlyList<double> probabilities)
        {
            var tolerance = RTolerance.SqrtMachineEpsilon;
            var results = new double[probabilities.Count];
            var length = curveTime.Length + 1;
            var x = new double[length];
            var y = new double[length];
            x[0] = 0;
            y[0] = 0;
            for (var i = 0; i < curveTime.Length; i++)
            {
                x[i + 1] = curveTime[i];
                y[i + 1] = 1 - curveSurvival[i];
            }

            var maxY = double.NegativeInfinity;
            foreach (var value in y)
            {
                if (!double.IsNaN(value))
                {
                    maxY = Math.Max(maxY, value);
                }
            }

            var minP = probabilities.Count == 0 ? 0 : probabilities.Min();
            if (maxY < minP)
            {
                Array.Fill(results, double.NaN);
                return results;
            }

            var lastTime = x[^1];
            var (keptX, keptY) = DropDuplicatedLevels(x, y);
            var n = keptY.Length;
            var sorted = new SortedLevels(keptY);
            for (var i = 0; i < probabilities.Count; i++)
            {
                var p = probabilities[i];
                var index1 = ConstantApproxIndex(sorted, +tolerance, p);
                var index2 = ConstantApproxIndex(sorted, -tolerance, p);
                var quantile = index1 < 0 || index2 < 0 ? double.NaN : (keptX[index1] + keptX[index2]) / 2;
                if (p == 0)
                {
                    quantile = keptX[0];
                }

                if (!double.IsNaN(keptY[n - 1]) && Math.Abs(p - keptY[n - 1]) < tolerance)
                {
                    quantile = index1 < 0 ? double.NaN : (keptX[index1] + lastTime) / 2;
                }

                results[i] = quantile;
            }

            return results;
        }

        // R's duplicated(): keep the first occurrence of each level (NaN counts as one level).
        private static (double[] X, double[] Y) DropDuplicatedLevels(double[] x, double[] y)
        {
            var seen = new HashSet<double>();
            var keptX = new List<double>(x.Length);
            var keptY = new List<double>(y.Length);
            for (var i = 0; i < y.Length; i++)
            {
                if (seen.Add(y[i]))
                {
                    keptX.Add(x[i]);
                    keptY.Add(y[i]);
                }
            }

            return (keptX.ToArray(), keptY.ToArray());
        }

        /// <summary>
        /// R's approx(y + shift, 1:n, p, method = "constant", f = 1): the (0-based) position whose
        /// shifted level is the first at or above p, after dropping NaN and sorting as approx does; -1 for NA.
        /// Adding the same shift to every level keeps their order, so one sort serves both shifts.
        /// </summary>
        private static int ConstantApproxIndex(SortedLevels points, double shift, double p)
        {
            var levels = points.Levels;
            if (levels.Length == 0 || p < levels[0] + shift || p > levels[^1] + shift)
            {
                return -1;
            }

            var lo = 0;
            var hi = levels.Length - 1;
            while (lo < hi - 1)
            {
                var mid = (lo + hi) / 2;
                if (p < levels[mid] + shift)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            if (p == levels[hi] + shift)
            {
                return points.Positions[hi];
            }

            return p == levels[lo] + shift ? points.Positions[lo] : points.Positions[hi];
        }

        private sealed class SortedLevels
        {
            public SortedLevels(double[] levels)
            {
                var kept = 0;
                foreach (var level in levels)
                {
                    if (!double.IsNaN(level))
                    {
                        kept++;
                    }
                }

                Levels = new double[kept];
                Positions = new int[kept];
                var at = 0;
                for (var i = 0; i < levels.Length; i++)
                {
                    if (!double.IsNaN(levels[i]))
                    {
                        Levels[at] = levels[i];
                        Positions[at] = i;
                        at++;
                    }
                }

                Array.Sort(Levels, Positions);
            }

            public double[] Levels { get; }

            public int[] Positions { get; }
        }
    }
}
