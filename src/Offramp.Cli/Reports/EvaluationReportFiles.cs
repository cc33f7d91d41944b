using Offramp.Core.DataProtection;
using Offramp.Core.Evaluation.Reports;
using Offramp.Reports.Evaluation;

namespace Offramp.Cli.Reports;

/// <summary>
/// Writes the report as report.html (the web page's report component, self-contained: see
/// <see cref="EvaluationReportDocument"/>) and CSV tables for analysis elsewhere. Aggregates only: nothing in the
/// report identifies anyone.
/// </summary>
public static class EvaluationReportFiles
{
    public static async Task WriteAsync(EvaluationReport report, string folder, CancellationToken ct)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), await StandaloneReport.HtmlAsync(report), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "rates.csv"), SpreadsheetCsv.Document(
            ["metric", "group", "successes", "n", "proportion", "lower_95", "upper_95", "not_yet_followed_to_horizon"],
            report.Metrics.SelectMany(m => new[] { m.Rate }.Concat(m.ByGender).Concat(m.Comparison?.Rates ?? []).OfType<RateEstimate>()
                .Select(r => Row(m.Metric.Name, r.Label.Length == 0 ? "All" : r.Label, r.Successes, r.N, r.Proportion, r.Lower, r.Upper, r.Unresolved))
                .Concat((m.ByCode?.Rates ?? []).Select(r => Row(m.Metric.Name, $"{m.ByCode!.Label}: {r.Label}", r.Successes, r.N, r.Proportion, r.Lower, r.Upper, r.Unresolved))))), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "comparisons.csv"), SpreadsheetCsv.Document(
            ["metric", "comparison", "chi_square", "chi_square_p", "fisher_p", "odds_ratio", "or_lower_95", "or_upper_95", "risk_difference", "rd_lower_95", "rd_upper_95", "phi", "mantel_haenszel_or_by_gender", "mantel_haenszel_p", "log_rank_chi_square", "log_rank_p"],
            report.Metrics.Where(m => m.Comparison is not null).Select(m => m.Comparison! switch
            {
                var c => Row(m.Metric.Name, c.Description.ToString(), c.ChiSquare, c.ChiSquarePValue, c.FisherPValue, c.OddsRatio, c.OddsRatioLower, c.OddsRatioUpper,
                    c.RiskDifference, c.RiskDifferenceLower, c.RiskDifferenceUpper, c.Phi, c.GenderPooledOddsRatio, c.GenderPooledPValue, c.LogRankChiSquare, c.LogRankPValue),
            })), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "survival.csv"), SpreadsheetCsv.Document(
            ["metric", "curve", "months", "survival", "lower_95", "upper_95"],
            report.Metrics.Where(m => m.Survival is not null).SelectMany(m => m.Survival!.Curves.SelectMany(c =>
                c.Months.Select((t, i) => Row(m.Metric.Name, c.Label, t, c.Survival[i], c.Lower[i], c.Upper[i]))))), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "change.csv"), SpreadsheetCsv.Document(
            ["metric", "measure", "pairs", "mean_before", "mean_after", "mean_difference", "lower_95", "upper_95", "t_test_p", "wilcoxon_p", "cohens_dz", "improved",
                "comparison_group", "comparison_pairs", "ancova_estimate", "ancova_lower_95", "ancova_upper_95", "ancova_p", "welch_difference", "welch_lower_95", "welch_upper_95", "welch_p"],
            report.Metrics.Where(m => m.Change is not null).Select(m => m.Change! switch
            {
                var c => Row(m.Metric.Name, c.Measure.ToString(), c.Pairs, c.MeanBefore, c.MeanAfter, c.MeanDifference, c.DifferenceLower, c.DifferenceUpper, c.TTestPValue, c.WilcoxonPValue, c.CohensDz, c.Improved.Successes,
                    c.Comparison?.ComparisonLabel, c.Comparison?.ComparisonPairs, c.Comparison?.AncovaEstimate, c.Comparison?.AncovaLower, c.Comparison?.AncovaUpper, c.Comparison?.AncovaPValue,
                    c.Comparison?.WelchDifference, c.Comparison?.WelchLower, c.Comparison?.WelchUpper, c.Comparison?.WelchPValue),
            })), ct);
    }

    /// <summary>The cells of a row as they are: the writer formats the numbers, so a negative figure stays a number.</summary>
    private static object?[] Row(params object?[] values) => values;
}
