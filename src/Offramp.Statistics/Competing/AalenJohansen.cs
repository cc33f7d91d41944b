namespace Offramp.Statistics.Competing;

/// <summary>
/// The cumulative incidence of one cause and Gray's (1988) variance, transcribing cmprsk's cinc routine
/// operation for operation: a pass over the time-sorted data of one group, with the all-cause Kaplan–Meier
/// just before each time.
/// </summary>
internal static class AalenJohansen
{
    /// <param name="times">Times of one group, ascending.</param>
    /// <param name="status">0 censored, else the cause of each row.</param>
    /// <param name="cause">The cause of interest.</param>
    public static (double[] Time, double[] Estimate, double[] Variance) Estimate(ReadOnlySpan<double> times, ReadOnlySpan<int> status, int cause)
    {
        var n = times.Length;
        var time = new List<double>();
        var estimate = new List<double>();
        var variance = new List<double>();
        double survival = 1, v1 = 0, v2 = 0, v3 = 0, current = 0;
        double atRisk = n;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end < n && times[end] == times[start])
            {
                end++;
            }

            var ofCause = 0;
            var other = 0;
            for (var i = start; i < end; i++)
            {
                if (status[i] == cause)
                {
                    ofCause++;
                }
                else if (status[i] != 0)
                {
                    other++;
                }
            }

            var deaths = ofCause + other;
            if (deaths > 0)
            {
                var survivalAfter = survival * (atRisk - deaths) / atRisk;
                if (ofCause > 0)
                {
                    current += survival * ofCause / atRisk;
                }

                if (other > 0 && survivalAfter > 0)
                {
                    var t5 = other > 1 ? 1 - ((other - 1.0) / (atRisk - 1.0)) : 1;
                    var t6 = survival * survival * t5 * other / (atRisk * atRisk);
                    var t3 = 1.0 / survivalAfter;
                    var t4 = current / survivalAfter;
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                }

                if (ofCause > 0)
                {
                    var t5 = ofCause > 1 ? 1 - ((ofCause - 1.0) / (atRisk - 1.0)) : 1;
                    var t6 = survival * survival * t5 * ofCause / (atRisk * atRisk);
                    var t3 = survivalAfter > 0 ? 1 / survivalAfter : 0;
                    var t4 = 1 + (t3 * current);
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                    time.Add(times[start]);
                    estimate.Add(current);
                    variance.Add(v1 + (current * current * v3) - (2 * current * v2));
                }

                survival = survivalAfter;
            }

            atRisk = n - end;
            start = end;
        }

        return ([.. time], [.. estimate], [.. variance]);
    }
}
