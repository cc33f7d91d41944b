using Offramp.Core.Common;
using Offramp.Statistics.Change;
using Offramp.Statistics.Common;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// Change from baseline in the program against a repeated-measures comparison group (the Sri Lanka design): ANCOVA of
/// the follow-up score on baseline and group, as R's lm(after ~ before + group), and Welch's test on the change scores,
/// as R's t.test(change ~ group). Both estimate program minus comparison, so a positive figure means the program's
/// scores rose more.
/// </summary>
public static class ChangeComparisons
{
    public const string ProgramLabel = ReportLabels.ThisProgram;

    public static ChangeComparison Compare(double[] before, double[] after, ExternalComparison external)
    {
        var n = before.Length;
        var m = external.Baseline.Length;
        double[] allBefore = [.. before, .. external.Baseline];
        double[] allAfter = [.. after, .. external.FollowUp];
        var change = allAfter.Select((a, i) => a - allBefore[i]).ToArray();
        // Group 0 is the comparison (the reference), so the ANCOVA's group coefficient is program minus comparison.
        var groups = Enumerable.Repeat(1, n).Concat(Enumerable.Repeat(0, m)).ToArray();
        var warnings = new List<Phrase> { Phrase.Of($"The comparison group's definition, as imported: {external.Definition}. Its scores must be on the same measure.") };
        double? estimate = null, se = null, lower = null, upper = null, p = null;
        try
        {
            var ancova = Ancova.Compute(allBefore, allAfter, groups, [external.Label, ProgramLabel]);
            var group = ancova.Coefficients[^1];
            (estimate, se, lower, upper, p) = (group.Estimate, group.StandardError, group.Interval.Lower, group.Interval.Upper, group.PValue);
            warnings.AddRange(RateEstimates.Words(ancova.Warnings));
        }
        catch (ModelNotEstimableException e)
        {
            warnings.Add(Phrase.Of($"The ANCOVA could not be estimated: {RateEstimates.Words(e.Text)}"));
        }

        // Welch's test labels its difference first minus second: the program is given as group 0 here.
        double? welchDifference = null, welchLower = null, welchUpper = null, welchP = null;
        if (n >= 2 && m >= 2)
        {
            var welch = WelchTTest.Compute(change, [.. groups.Select(g => 1 - g)], ProgramLabel, external.Label);
            (welchDifference, welchLower, welchUpper, welchP) = (welch.Difference, welch.Interval.Lower, welch.Interval.Upper, welch.PValue);
            warnings.AddRange(RateEstimates.Words(welch.Warnings));
        }
        else
        {
            warnings.Add(Phrase.Of("Welch's test needs at least two people in each group."));
        }

        return new ChangeComparison(external.Label, n, m, m == 0 ? null : external.Baseline.Average(), m == 0 ? null : external.FollowUp.Average(),
            MetricCalculator.Finite(estimate), MetricCalculator.Finite(se), MetricCalculator.Finite(lower), MetricCalculator.Finite(upper), MetricCalculator.Finite(p),
            MetricCalculator.Finite(welchDifference), MetricCalculator.Finite(welchLower), MetricCalculator.Finite(welchUpper), MetricCalculator.Finite(welchP),
            [.. warnings.Distinct()]);
    }
}
