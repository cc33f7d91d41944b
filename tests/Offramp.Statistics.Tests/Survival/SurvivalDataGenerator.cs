namespace Offramp.Statistics.Tests.Survival;

/// <summary>Seeded generators for survival data with censoring and many tied times.</summary>
public static class SurvivalDataGenerator
{
    /// <summary>
    /// Whole months from an exponential time to event (rate depending on group and stratum) with
    /// independent uniform censoring: many ties between events, between censorings and across both.
    /// </summary>
    public static SurvivalDataSet MonthlyTies(int seed, int count)
    {
        var random = new Random(seed);
        string[] groupNames = ["A", "B", "C"];
        double[] groupRates = [0.02, 0.035, 0.05];
        var times = new double[count];
        var events = new bool[count];
        var groups = new string[count];
        var strata = new string[count];
        for (var i = 0; i < count; i++)
        {
            var group = random.Next(3);
            var female = random.NextDouble() < 0.4;
            var rate = groupRates[group] * (female ? 0.7 : 1.0);
            var eventMonth = Math.Ceiling(-Math.Log(1 - random.NextDouble()) / rate);
            var censorMonth = random.Next(1, 61);
            times[i] = Math.Min(eventMonth, censorMonth);
            events[i] = eventMonth <= censorMonth;
            groups[i] = groupNames[group];
            strata[i] = female ? "F" : "M";
        }

        return new SurvivalDataSet($"monthly-{seed}-{count}", times, events, groups, strata);
    }

    /// <summary>
    /// Times to one decimal, some written as sums that differ from the decimal by floating-point noise
    /// (0.1 + 0.2 vs 0.3), which R's timefix merges into one tied time.
    /// </summary>
    public static SurvivalDataSet DecimalNearTies(int seed, int count)
    {
        var random = new Random(seed);
        var times = new double[count];
        var events = new bool[count];
        var groups = new string[count];
        var strata = new string[count];
        for (var i = 0; i < count; i++)
        {
            var tenths = random.Next(1, 40);
            var time = tenths / 10.0;
            if (random.NextDouble() < 0.2)
            {
                // Same value reached by a different floating-point route.
                time = ((tenths - 1) / 10.0) + 0.1;
            }

            times[i] = time;
            events[i] = random.NextDouble() < 0.65;
            groups[i] = random.NextDouble() < 0.5 ? "A" : "B";
            strata[i] = random.Next(3) switch { 0 => "N", 1 => "S", _ => "W" };
        }

        return new SurvivalDataSet($"decimal-{seed}-{count}", times, events, groups, strata);
    }

    /// <summary>
    /// Hand-made: group A's curve is flat at exactly 0.5 and later drops to 0; group B ends exactly at 0.5.
    /// Exercises R's midpoint rules for the median and quantiles, and S = 0.
    /// </summary>
    public static SurvivalDataSet FlatAtHalf()
    {
        double[] times = [1, 1, 1, 1, 1, 2, 3, 4, 4, 5, 1, 2, 3, 4];
        bool[] events = [true, true, true, true, true, false, true, true, false, true, true, true, false, false];
        string[] groups = ["A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "B", "B", "B", "B"];
        string[] strata = ["F", "M", "F", "M", "F", "M", "F", "M", "F", "M", "F", "M", "F", "M"];
        return new SurvivalDataSet("flat-at-half", times, events, groups, strata);
    }
}
