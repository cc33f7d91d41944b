using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>The sample odds ratio ad/bc of a 2×2 table with Woolf's (logit) interval.</summary>
/// <param name="Estimate">ad/bc as SciPy returns it: infinite when b or c is 0, NaN when a margin is 0.</param>
/// <param name="LogStandardError">sqrt(1/a + 1/b + 1/c + 1/d); NaN when a cell is 0.</param>
/// <param name="Interval">exp(log OR ± z·SE); NaN bounds when a cell is 0.</param>
/// <param name="N">Participants.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record OddsRatioEstimate(
    double Estimate,
    double LogStandardError,
    ConfidenceInterval Interval,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult
{
    /// <summary>Odds of the first outcome column in the first row relative to the second row, with Woolf's interval.</summary>
    public static OddsRatioEstimate Woolf(ContingencyTable table, double confidenceLevel = 0.95)
    {
        table.RequireTwoByTwo("The odds ratio");
        var (a, b, c, d) = (table[0, 0], table[0, 1], table[1, 0], table[1, 1]);
        var n = (int)table.Total;
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "participants", "the odds ratio is imprecise"));

        double estimate;
        if (table.RowTotals.Contains(0) || table.ColumnTotals.Contains(0))
        {
            estimate = double.NaN;
        }
        else
        {
            estimate = b > 0 && c > 0 ? (double)(a * d) / (c * b) : double.PositiveInfinity;
        }

        if (a == 0 || b == 0 || c == 0 || d == 0)
        {
            warnings.Add(SmallNumberWarning.NotEstimable("A cell of the 2×2 table is zero: the odds ratio's confidence interval cannot be estimated (Fisher's exact test still applies)."));
            return new OddsRatioEstimate(estimate, double.NaN, ConfidenceInterval.NotEstimable(confidenceLevel), n, warnings.ToImmutable());
        }

        var standardError = Math.Sqrt((1.0 / a) + (1.0 / b) + (1.0 / c) + (1.0 / d));
        var logEstimate = Math.Log(estimate);
        var halfWidth = Probability.TwoSidedNormalCritical(confidenceLevel) * standardError;
        var interval = new ConfidenceInterval(Math.Exp(logEstimate - halfWidth), Math.Exp(logEstimate + halfWidth), confidenceLevel);
        return new OddsRatioEstimate(estimate, standardError, interval, n, warnings.ToImmutable());
    }
}
