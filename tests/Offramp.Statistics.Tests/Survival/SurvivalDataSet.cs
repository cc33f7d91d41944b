using System.Globalization;
using System.Text;

namespace Offramp.Statistics.Tests.Survival;

/// <summary>Generated follow-up data: time, event (0/1), group and stratum per participant.</summary>
public sealed record SurvivalDataSet(string Name, double[] Times, bool[] Events, string[] Groups, string[] Strata)
{
    public int Count => Times.Length;

    public string[] GroupLabels => [.. Groups.Distinct().Order(StringComparer.Ordinal)];

    public string[] StrataLabels => [.. Strata.Distinct().Order(StringComparer.Ordinal)];

    public int[] GroupCodes => Codes(Groups, GroupLabels);

    public int[] StrataCodes => Codes(Strata, StrataLabels);

    /// <summary>Writes time,event,group,stratum with round-trip number formatting.</summary>
    public void WriteCsv(string path)
    {
        var text = new StringBuilder("time,event,group,stratum\n");
        for (var i = 0; i < Count; i++)
        {
            text.Append(Times[i].ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(Events[i] ? '1' : '0').Append(',')
                .Append(Groups[i]).Append(',')
                .Append(Strata[i]).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    private static int[] Codes(string[] values, string[] labels) =>
        [.. values.Select(v => Array.IndexOf(labels, v))];
}
