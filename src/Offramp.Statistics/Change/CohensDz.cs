using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>
/// Cohen's d_z: the mean change divided by the standard deviation of the changes, the standardised
/// effect size that matches the paired t-test (t = d_z·sqrt(n)).
/// </summary>
/// <param name="Value">d_z.</param>
/// <param name="N">Pairs.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record CohensDz(double Value, int N, ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult
{
    /// <summary>Computes d_z for after - before.</summary>
    public static CohensDz Compute(ReadOnlySpan<double> before, ReadOnlySpan<double> after)
    {
        var differences = new PairedDifferences(before, after);
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(differences.Count, "pairs of scores", "the effect size is imprecise"))
            .ToImmutable();
        return new CohensDz(differences.Mean / Math.Sqrt(differences.Variance), differences.Count, warnings);
    }
}
