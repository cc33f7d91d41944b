using System.Collections.Immutable;

using Offramp.Statistics.Common;
using Offramp.Statistics.Regression;

namespace Offramp.Statistics.Change;

/// <summary>ANCOVA of follow-up on baseline and group, matching R's lm(after ~ before + group) and confint.</summary>
public static class Ancova
{
    public static AncovaResult Compute(
        ReadOnlySpan<double> before, ReadOnlySpan<double> after, int[] groups, IReadOnlyList<string> groupLabels, int referenceGroup = 0, double confidenceLevel = 0.95)
    {
        var n = before.Length;
        var design = DesignMatrix.Create([Covariate.Numeric("before", before.ToArray()), Covariate.Categorical("group", groups, groupLabels, referenceGroup)]);
        var p = design.Columns + 1;
        if (n <= p)
        {
            throw new ModelNotEstimableException(WarningText.Of($"Only {n} participants for {p} coefficients: the ANCOVA has no degrees of freedom left."));
        }

        var x = new double[n * p];
        for (var i = 0; i < n; i++)
        {
            x[i * p] = 1;
            design.Values.AsSpan(i * design.Columns, design.Columns).CopyTo(x.AsSpan((i * p) + 1));
        }

        string[] names = ["(Intercept)", .. design.Names];
        var y = after.ToArray();
        var (coefficients, unscaled, rss) = LeastSquares.Fit(x, y, p, names);
        var df = n - p;
        var sigma = Math.Sqrt(rss / df);
        var critical = Probability.TwoSidedStudentCritical(confidenceLevel, df);
        var rows = ImmutableArray.CreateBuilder<LinearCoefficient>(p);
        for (var j = 0; j < p; j++)
        {
            var se = sigma * Math.Sqrt(unscaled[j, j]);
            var t = coefficients[j] / se;
            rows.Add(new LinearCoefficient(
                names[j], coefficients[j], se, t, Probability.StudentTwoSided(t, df),
                new ConfidenceInterval(coefficients[j] - (critical * se), coefficients[j] + (critical * se), confidenceLevel)));
        }

        var mean = y.Average();
        var total = y.Sum(v => (v - mean) * (v - mean));
        var warnings = new WarningCollector().Add(SmallNumberWarning.ForSampleSize(n, "participants", "the adjusted group difference is unreliable"));
        for (var g = 0; g < groupLabels.Count; g++)
        {
            var count = groups.Count(code => code == g);
            warnings.Add(SmallNumberWarning.ForSampleSize(count, WarningText.Of($"participants in group {groupLabels[g]}"), "its adjusted difference is unreliable"));
        }

        return new AncovaResult(n, rows.MoveToImmutable(), groupLabels[referenceGroup], sigma, df, 1 - (rss / total), warnings.ToImmutable());
    }
}
