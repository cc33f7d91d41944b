using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>Paired t-test on pre/post scores.</summary>
public static class PairedTTest
{
    /// <summary>Tests whether the mean change after - before differs from zero.</summary>
    public static PairedTTestResult Compute(ReadOnlySpan<double> before, ReadOnlySpan<double> after, double confidenceLevel = 0.95)
    {
        var differences = new PairedDifferences(before, after);
        var n = differences.Count;
        var standardError = Math.Sqrt(differences.Variance / n);
        var t = differences.Mean / standardError;
        var degreesOfFreedom = n - 1;
        var pValue = Probability.StudentTwoSided(t, degreesOfFreedom);
        var interval = degreesOfFreedom > 0
            ? HalfWidthInterval(differences.Mean, Probability.TwoSidedStudentCritical(confidenceLevel, degreesOfFreedom) * standardError, confidenceLevel)
            : ConfidenceInterval.NotEstimable(confidenceLevel);
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "pairs of scores", "the paired t-test has little power and relies on normally distributed changes"));
        if (n < 2)
        {
            warnings.Add(SmallNumberWarning.NotEstimable("Fewer than two pairs of scores: the change cannot be tested."));
        }

        return new PairedTTestResult(differences.Mean, Math.Sqrt(differences.Variance), standardError, t, degreesOfFreedom, pValue, interval, n, warnings.ToImmutable());
    }

    private static ConfidenceInterval HalfWidthInterval(double center, double halfWidth, double level) =>
        new(center - halfWidth, center + halfWidth, level);
}
