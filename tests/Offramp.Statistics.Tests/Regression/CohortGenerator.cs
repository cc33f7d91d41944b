namespace Offramp.Statistics.Tests.Regression;

/// <summary>
/// Cohorts with effects of age, gender, prior offences and program group on the hazard; follow-up in whole
/// months (many ties) or in days; up to two competing causes; families as clusters.
/// </summary>
public static class CohortGenerator
{
    private static readonly string[] Groups = ["comparison", "completer", "early"];

    public static CohortData Create(int seed, int count, bool monthly = true, int causes = 1, double censoring = 1.0)
    {
        var random = new Random(seed);
        var time = new double[count];
        var status = new int[count];
        var age = new double[count];
        var gender = new string[count];
        var prior = new double[count];
        var group = new string[count];
        var stratum = new string[count];
        var family = new string[count];
        var baseline = new double[count];
        var followUp = new double[count];
        var treated = new int[count];
        for (var i = 0; i < count; i++)
        {
            age[i] = 18 + random.Next(0, 40);
            gender[i] = random.NextDouble() < 0.3 ? "F" : "M";
            prior[i] = random.Next(0, 6);
            var g = random.Next(3);
            group[i] = Groups[g];
            stratum[i] = random.Next(3) switch { 0 => "north", 1 => "south", _ => "west" };
            family[i] = "F" + random.Next(0, Math.Max(2, count / 3));
            var linear = (-0.02 * (age[i] - 35)) + (gender[i] == "M" ? 0.4 : 0) + (0.15 * prior[i]) + (g == 1 ? -0.5 : g == 2 ? 0.3 : 0);
            var rate = 0.03 * Math.Exp(linear);
            var eventTime = -Math.Log(1 - random.NextDouble()) / rate;
            var competingTime = causes > 1 ? -Math.Log(1 - random.NextDouble()) / (0.01 * (g == 2 ? 2 : 1)) : double.PositiveInfinity;
            var censorTime = censoring * (6 + (random.NextDouble() * 60));
            var observed = Math.Min(eventTime, Math.Min(competingTime, censorTime));
            time[i] = monthly ? Math.Ceiling(observed) : Math.Round(observed * 30.4) / 30.4;
            status[i] = observed == censorTime ? 0 : observed == eventTime ? 1 : 2;
            if (causes > 2 && status[i] == 2 && random.NextDouble() < 0.4)
            {
                status[i] = 3;
            }

            var propensity = 1 / (1 + Math.Exp(-(-0.3 - (0.04 * (age[i] - 35)) + (gender[i] == "M" ? 0.6 : 0) - (0.25 * prior[i]))));
            treated[i] = random.NextDouble() < propensity ? 1 : 0;
            baseline[i] = Math.Round(20 + (random.NextDouble() * 20), 1);
            followUp[i] = Math.Round(baseline[i] - (g == 1 ? 3 : 1) + (random.NextDouble() * 8) - 4 + (0.2 * (baseline[i] - 30)), 1);
        }

        return new CohortData
        {
            Name = $"cohort-{seed}-{count}{(monthly ? "-monthly" : "-daily")}",
            Time = time,
            Status = status,
            Age = age,
            Gender = gender,
            Prior = prior,
            Group = group,
            Stratum = stratum,
            Family = family,
            Baseline = baseline,
            FollowUp = followUp,
            Treated = treated,
        };
    }
}
