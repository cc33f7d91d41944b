using System.Globalization;
using System.Text;

namespace Offramp.Statistics.Tests.Meta;

/// <summary>One generated meta-analysis: k studies' effect sizes and sampling variances.</summary>
public sealed record MetaDataset(string Name, double[] Yi, double[] Vi)
{
    public int K => Yi.Length;
}

/// <summary>
/// Meta-analyses of the kind an evidence review pools: studies of 20 to 500 participants (sampling variance about 4/n,
/// as for a log odds ratio), true effects spread by τ² around 0.3, or effects closer together than chance allows
/// (so τ² is estimated at its bound 0), optionally on a large scale (costs) where τ² is in the thousands.
/// </summary>
public static class MetaDataGenerator
{
    /// <summary>True τ² per dataset, in turn; NaN makes the effects underdispersed.</summary>
    private static readonly double[] Heterogeneity = [0.1, 0, double.NaN, 0.02, 0.5, 0, 2.0, 0.05];

    public static readonly int[] StudyCounts = [2, 3, 4, 5, 7, 10, 15, 25, 40, 60];

    /// <summary>One dataset per entry of <see cref="StudyCounts"/>, with the heterogeneity varying between them.</summary>
    public static MetaDataset[] Series(int seed, double scale = 1)
    {
        var random = new Random(seed);
        return [.. StudyCounts.Select((k, i) => Create(random, $"seed{seed}-k{k}", k, Heterogeneity[(i + seed) % Heterogeneity.Length], scale))];
    }

    public static MetaDataset Create(int seed, int k, double tau2, double scale = 1) =>
        Create(new Random(seed), $"seed{seed}-k{k}-tau2-{tau2.ToString(CultureInfo.InvariantCulture)}", k, tau2, scale);

    /// <summary>Writes the datasets as one CSV (dataset, study, yi, vi) with round-trip precision.</summary>
    public static void WriteCsv(string path, IEnumerable<MetaDataset> datasets)
    {
        var csv = new StringBuilder("dataset,study,yi,vi\n");
        foreach (var data in datasets)
        {
            for (var i = 0; i < data.K; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{data.Name},S{i + 1},{data.Yi[i]:R},{data.Vi[i]:R}\n");
            }
        }

        File.WriteAllText(path, csv.ToString());
    }

    private static MetaDataset Create(Random random, string name, int k, double tau2, double scale)
    {
        var yi = new double[k];
        var vi = new double[k];
        for (var i = 0; i < k; i++)
        {
            var n = 20 + random.Next(481);
            vi[i] = 4.0 / n * (0.7 + (0.6 * random.NextDouble()));
            var noise = double.IsNaN(tau2) ? 0.2 * Math.Sqrt(vi[i]) * Normal(random) : Math.Sqrt(vi[i]) * Normal(random);
            var trueEffect = 0.3 + (double.IsNaN(tau2) ? 0 : Math.Sqrt(tau2) * Normal(random));
            yi[i] = scale * (trueEffect + noise);
            vi[i] *= scale * scale;
        }

        return new MetaDataset(name, yi, vi);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
