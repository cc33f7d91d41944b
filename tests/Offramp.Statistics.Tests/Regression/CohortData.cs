using System.Globalization;
using System.Text;

namespace Offramp.Statistics.Tests.Regression;

/// <summary>
/// A generated follow-up cohort: time, event (or competing cause), covariates, group, stratum, cluster and
/// baseline/follow-up scores, written as one CSV that R reads with read.csv.
/// </summary>
public sealed class CohortData
{
    public required string Name { get; init; }

    public required double[] Time { get; init; }

    /// <summary>0 = censored, 1 = the event of interest, 2.. = competing causes.</summary>
    public required int[] Status { get; init; }

    public required double[] Age { get; init; }

    public required string[] Gender { get; init; }

    public required double[] Prior { get; init; }

    public required string[] Group { get; init; }

    public required string[] Stratum { get; init; }

    public required string[] Family { get; init; }

    public required double[] Baseline { get; init; }

    public required double[] FollowUp { get; init; }

    /// <summary>1 for the program group, 0 for the comparison group; more likely for young men with few priors.</summary>
    public required int[] Treated { get; init; }

    public int Count => Time.Length;

    public bool[] Events => [.. Status.Select(s => s == 1)];

    public void WriteCsv(string path)
    {
        var text = new StringBuilder("id,time,event,status,age,gender,prior,group,stratum,family,baseline,followup,treated\n");
        for (var i = 0; i < Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i},{Time[i]:R},{(Status[i] == 1 ? 1 : 0)},{Status[i]},{Age[i]:R},{Gender[i]},{Prior[i]:R},{Group[i]},{Stratum[i]},{Family[i]},{Baseline[i]:R},{FollowUp[i]:R},{Treated[i]}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
