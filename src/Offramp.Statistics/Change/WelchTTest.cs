using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>Welch's unequal-variance t-test on two groups, matching R's t.test (var.equal = FALSE).</summary>
public static class WelchTTest
{
    public static WelchTTestResult Compute(ReadOnlySpan<double> values, int[] groups, string firstLabel, string secondLabel, double confidenceLevel = 0.95)
    {
        var (n1, mean1, var1) = Moments(values, groups, 0);
        var (n2, mean2, var2) = Moments(values, groups, 1);
        if (n1 < 2 || n2 < 2)
        {
            throw new ModelNotEstimableException(WarningText.Of($"Welch's test needs at least 2 participants in each group ({firstLabel}: {n1}, {secondLabel}: {n2})."));
        }

        var se1 = var1 / n1;
        var se2 = var2 / n2;
        var standardError = Math.Sqrt(se1 + se2);
        var df = (se1 + se2) * (se1 + se2) / ((se1 * se1 / (n1 - 1)) + (se2 * se2 / (n2 - 1)));
        var difference = mean1 - mean2;
        var t = difference / standardError;
        var critical = Probability.TwoSidedStudentCritical(confidenceLevel, df);
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n1, WarningText.Of($"participants in group {firstLabel}"), "the comparison of changes is unreliable"))
            .Add(SmallNumberWarning.ForSampleSize(n2, WarningText.Of($"participants in group {secondLabel}"), "the comparison of changes is unreliable"))
            .ToImmutable();
        return new WelchTTestResult(
            firstLabel, secondLabel, mean1, mean2, difference, standardError, t, df, Probability.StudentTwoSided(t, df),
            new ConfidenceInterval(difference - (critical * standardError), difference + (critical * standardError), confidenceLevel),
            n1 + n2, warnings);
    }

    private static (int Count, double Mean, double Variance) Moments(ReadOnlySpan<double> values, int[] groups, int group)
    {
        double sum = 0;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (groups[i] == group)
            {
                sum += values[i];
                count++;
            }
        }

        var mean = sum / count;
        double squares = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (groups[i] == group)
            {
                squares += (values[i] - mean) * (values[i] - mean);
            }
        }

        return (count, mean, squares / (count - 1));
    }
}
