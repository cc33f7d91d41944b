
using Offramp.Statistics.Common;
using Offramp.Statistics.Survival;

namespace Offramp.Statistics.Weighting;

/// <summary>
/// Weighted Kaplan–Meier with R survfit's infinitesimal-jackknife variance (survfitkm.c, one cluster per
/// participant). R updates every participant's influence at every event time (quadratic); here those still
/// at risk share one influence per unit weight and those who left decay together, so one pass suffices.
/// </summary>
public static class WeightedKaplanMeier
{
    public static WeightedSurvivalCurve Fit(string label, ReadOnlySpan<double> times, ReadOnlySpan<bool> events, ReadOnlySpan<double> weights, double confidenceLevel = 0.95)
    {
        var n = times.Length;
        var sorted = times.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order);
        NearTieMerger.MergeSorted(sorted);

        var time = new List<double>();
        var atRisk = new List<double>();
        var eventWeight = new List<double>();
        var censoredWeight = new List<double>();
        var survival = new List<double>();
        var standardError = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        var z = Probability.TwoSidedNormalCritical(confidenceLevel);

        // Weighted number at risk, accumulated from the end as R does.
        var riskFromEnd = new double[n + 1];
        var squaresFromEnd = new double[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            var w = weights[order[i]];
            riskFromEnd[i] = riskFromEnd[i + 1] + w;
            squaresFromEnd[i] = squaresFromEnd[i + 1] + (w * w);
        }

        double km = 1, shared = 0, leftSquares = 0, variance = 0;

        for (var start = 0; start < n;)
        {
            var end = start;
            double deaths = 0, censored = 0;
            var eventCount = 0;
            while (end < n && sorted[end] == sorted[start])
            {
                var w = weights[order[end]];
                if (events[order[end]])
                {
                    deaths += w;
                    eventCount++;
                }
                else
                {
                    censored += w;
                }

                end++;
            }

            var risk = riskFromEnd[start];
            if (eventCount > 0 && deaths > 0)
            {
                // Everyone still at risk shares one influence per unit weight; those who left decay by (1 - hazard).
                var hazard = deaths / risk;
                var before = shared;
                shared = (shared * (1 - hazard)) + (km * hazard / risk);
                leftSquares *= (1 - hazard) * (1 - hazard);
                for (var i = start; i < end; i++)
                {
                    var w = weights[order[i]];

                    // In R's order of operations, so a curve that drops to 0 ends with exactly 0 influence.
                    var influence = (w * before * (1 - hazard)) + (w * km * hazard / risk);
                    if (events[order[i]])
                    {
                        influence -= km * w / risk;
                    }

                    leftSquares += influence * influence;
                }

                km *= 1 - hazard;
                variance = (shared * shared * squaresFromEnd[end]) + leftSquares;
            }
            else
            {
                for (var i = start; i < end; i++)
                {
                    var influence = weights[order[i]] * shared;
                    leftSquares += influence * influence;
                }
            }

            var se = Math.Sqrt(variance);
            var seLog = se == 0 ? 0 : se / km;
            var (lo, hi) = SurvivalConfidenceBands.Compute(km, seLog, SurvivalConfidenceType.Log, z);
            time.Add(sorted[start]);
            atRisk.Add(risk);
            eventWeight.Add(deaths);
            censoredWeight.Add(censored);
            survival.Add(km);
            standardError.Add(se);
            lower.Add(lo);
            upper.Add(hi);
            start = end;
        }

        return new WeightedSurvivalCurve(
            label,
            n,
            [.. time],
            [.. atRisk],
            [.. eventWeight],
            [.. censoredWeight],
            [.. survival],
            [.. standardError],
            [.. lower],
            [.. upper]);
    }
}
