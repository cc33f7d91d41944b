using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Contingency;

/// <summary>
/// Difference between the proportions with the first outcome in the first and second row, with the Wald
/// interval (statsmodels confint_proportions_2indep, method "wald").
/// </summary>
/// <param name="FirstRisk">a / (a + b).</param>
/// <param name="SecondRisk">c / (c + d).</param>
/// <param name="Difference">FirstRisk - SecondRisk.</param>
/// <param name="StandardError">sqrt(p1(1-p1)/n1 + p2(1-p2)/n2).</param>
/// <param name="Interval">Difference ± z·SE.</param>
/// <param name="N">Participants.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record RiskDifferenceEstimate(
    double FirstRisk,
    double SecondRisk,
    double Difference,
    double StandardError,
    ConfidenceInterval Interval,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult
{
    /// <summary>Computes the risk difference of a 2×2 table with its Wald interval.</summary>
    public static RiskDifferenceEstimate Wald(ContingencyTable table, double confidenceLevel = 0.95)
    {
        table.RequireTwoByTwo("The risk difference");
        var n = (int)table.Total;
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "participants", "the risk difference is imprecise"));
        double n1 = table.RowTotals[0];
        double n2 = table.RowTotals[1];
        if (n1 == 0 || n2 == 0)
        {
            warnings.Add(SmallNumberWarning.NotEstimable("A group has no participants: the risk difference cannot be estimated."));
            return new RiskDifferenceEstimate(double.NaN, double.NaN, double.NaN, double.NaN, ConfidenceInterval.NotEstimable(confidenceLevel), n, warnings.ToImmutable());
        }

        var p1 = table[0, 0] / n1;
        var p2 = table[1, 0] / n2;
        var difference = p1 - p2;
        var standardError = Math.Sqrt((p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2));
        var halfWidth = Probability.TwoSidedNormalCritical(confidenceLevel) * standardError;
        if (Math.Min(n1, n2) < SmallNumberWarning.MinimumSampleSize || p1 is 0 or 1 || p2 is 0 or 1)
        {
            warnings.Add(new SmallNumberWarning(SmallNumberKind.SmallSample, "A group is small or has all or none with the outcome: the Wald interval for the risk difference is too narrow."));
        }

        return new RiskDifferenceEstimate(p1, p2, difference, standardError, new ConfidenceInterval(difference - halfWidth, difference + halfWidth, confidenceLevel), n, warnings.ToImmutable());
    }
}
