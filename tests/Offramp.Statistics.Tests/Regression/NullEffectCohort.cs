using System.Globalization;
using System.Text;

using Offramp.Statistics.Regression;

namespace Offramp.Statistics.Tests.Regression;

/// <summary>
/// A large cohort in which the program has no effect at all: membership is drawn independently of follow-up, so the
/// true hazard ratio is exactly 1 and the estimate only strays from 0 by chance. Follow-up in whole months (many ties),
/// censored between 6 and 66 months; the program group is a minority, as it usually is against a comparison cohort.
/// </summary>
public sealed record NullEffectCohort(string Name, double[] Time, bool[] Event, string[] Group)
{
    public static NullEffectCohort Create(int seed, int count, double programShare)
    {
        var random = new Random(seed);
        var time = new double[count];
        var events = new bool[count];
        var group = new string[count];
        for (var i = 0; i < count; i++)
        {
            var eventTime = -Math.Log(1 - random.NextDouble()) / 0.03;
            var censorTime = 6 + (random.NextDouble() * 60);
            time[i] = Math.Ceiling(Math.Min(eventTime, censorTime));
            events[i] = eventTime <= censorTime;
            group[i] = random.NextDouble() < programShare ? "program" : "comparison";
        }

        return new NullEffectCohort($"null-effect-{seed}-{count}", time, events, group);
    }

    public CoxModelInput Cox()
    {
        var (codes, labels) = CohortInputs.Codes(Group);
        return new CoxModelInput(Time, Event, [Covariate.Categorical("group", codes, labels)]);
    }

    public void WriteCsv(string path)
    {
        var text = new StringBuilder("time,event,group\n");
        for (var i = 0; i < Time.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Time[i]:R},{(Event[i] ? 1 : 0)},{Group[i]}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
