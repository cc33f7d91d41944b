using System.Globalization;
using System.Net;
using System.Text;

using Offramp.Core.DataProtection;
using Offramp.Core.Evaluation.Reports;
using Offramp.Reports.Charts;

namespace Offramp.Cli.Reports;

/// <summary>
/// Writes the report as report.html (self-contained: styles inline, charts inline SVG, no script, nothing fetched) and
/// CSV tables for analysis elsewhere. Aggregates only: nothing in the report identifies anyone.
/// </summary>
public static class EvaluationReportFiles
{
    public static async Task WriteAsync(EvaluationReport report, string folder, CancellationToken ct)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), Html(report), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "rates.csv"), SpreadsheetSafe.Document(
            ["metric", "group", "successes", "n", "proportion", "lower_95", "upper_95", "not_yet_followed_to_horizon"],
            report.Metrics.SelectMany(m => new[] { m.Rate }.Concat(m.ByGender).Concat(m.Comparison?.Rates ?? []).OfType<RateEstimate>()
                .Select(r => Row(m.Metric.Name, r.Label.Length == 0 ? "All" : r.Label, r.Successes, r.N, r.Proportion, r.Lower, r.Upper, r.Unresolved)))), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "comparisons.csv"), SpreadsheetSafe.Document(
            ["metric", "comparison", "chi_square", "chi_square_p", "fisher_p", "odds_ratio", "or_lower_95", "or_upper_95", "risk_difference", "rd_lower_95", "rd_upper_95", "phi", "mantel_haenszel_or_by_gender", "mantel_haenszel_p", "log_rank_chi_square", "log_rank_p"],
            report.Metrics.Where(m => m.Comparison is not null).Select(m => m.Comparison! switch
            {
                var c => Row(m.Metric.Name, c.Description, c.ChiSquare, c.ChiSquarePValue, c.FisherPValue, c.OddsRatio, c.OddsRatioLower, c.OddsRatioUpper,
                    c.RiskDifference, c.RiskDifferenceLower, c.RiskDifferenceUpper, c.Phi, c.GenderPooledOddsRatio, c.GenderPooledPValue, c.LogRankChiSquare, c.LogRankPValue),
            })), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "survival.csv"), SpreadsheetSafe.Document(
            ["metric", "curve", "months", "survival", "lower_95", "upper_95"],
            report.Metrics.Where(m => m.Survival is not null).SelectMany(m => m.Survival!.Curves.SelectMany(c =>
                c.Months.Select((t, i) => Row(m.Metric.Name, c.Label, t, c.Survival[i], c.Lower[i], c.Upper[i]))))), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "change.csv"), SpreadsheetSafe.Document(
            ["metric", "measure", "pairs", "mean_before", "mean_after", "mean_difference", "lower_95", "upper_95", "t_test_p", "wilcoxon_p", "cohens_dz", "improved"],
            report.Metrics.Where(m => m.Change is not null).Select(m => m.Change! switch
            {
                var c => Row(m.Metric.Name, c.Measure, c.Pairs, c.MeanBefore, c.MeanAfter, c.MeanDifference, c.DifferenceLower, c.DifferenceUpper, c.TTestPValue, c.WilcoxonPValue, c.CohensDz, c.Improved.Successes),
            })), ct);
    }

    private static string?[] Row(params object?[] values) => [.. values.Select(v => v switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    })];

    private static string Html(EvaluationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evaluation: ").Append(E(report.ProgramName)).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;max-inline-size:60rem;margin-inline:auto;padding:1rem;color:#1b1b1b}")
            .Append("table{border-collapse:collapse;margin-block:0.5rem}th,td{border:1px solid #bbb;padding:0.25rem 0.5rem;text-align:start}")
            .Append(".warning{background:#fff4e5;border-inline-start:4px solid #b5542a;padding:0.4rem 0.6rem;margin-block:0.3rem}svg{max-inline-size:100%;block-size:auto}")
            .Append("</style></head><body>");
        html.Append("<h1>Evaluation: ").Append(E(report.ProgramName)).Append("</h1>");
        html.Append("<p>As of ").Append(report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(". Cohort: ").Append(E(report.CohortDescription))
            .Append(" (").Append(report.CohortSize.ToString("N0", CultureInfo.InvariantCulture)).Append(" participants).");
        if (report.ComparisonDescription is { } comparison)
        {
            html.Append(" Comparison: ").Append(E(comparison)).Append('.');
        }

        html.Append("</p>");
        Warnings(html, report.Warnings);
        foreach (var m in report.Metrics)
        {
            html.Append("<section><h2>").Append(E(m.Metric.Name)).Append("</h2><p>").Append(E(m.Metric.Description)).Append("</p>");
            html.Append("<p>Included: ").Append(m.Included.ToString("N0", CultureInfo.InvariantCulture));
            if (m.NotApplicableReason is { } reason)
            {
                html.Append("; not included: ").Append(E(reason));
            }

            html.Append(".</p>");
            Warnings(html, m.Warnings);
            if (m.Survival is { } survival)
            {
                var svg = SurvivalChart.Svg(survival, m.Metric.Name);
                html.Append(svg[svg.IndexOf("<svg", StringComparison.Ordinal)..]);
                html.Append("<table><tr><th>Curve</th><th>n</th><th>Events</th><th>Median (months)</th><th>Survival at ").Append(survival.HorizonMonths.ToString(CultureInfo.InvariantCulture)).Append(" months (95% CI)</th></tr>");
                foreach (var c in survival.Curves)
                {
                    html.Append("<tr><td>").Append(E(c.Label)).Append("</td><td>").Append(c.N.ToString("N0", CultureInfo.InvariantCulture)).Append("</td><td>").Append(c.Events.ToString("N0", CultureInfo.InvariantCulture))
                        .Append("</td><td>").Append(c.MedianMonths is { } median ? median.ToString("0.0", CultureInfo.InvariantCulture) : "not reached")
                        .Append("</td><td>").Append(Interval(c.SurvivalAtHorizon, c.LowerAtHorizon, c.UpperAtHorizon)).Append("</td></tr>");
                }

                html.Append("</table>");
                foreach (var c in survival.Curves)
                {
                    Warnings(html, c.Warnings);
                }
            }

            Rates(html, "Success at the horizon", [.. new[] { m.Rate }.OfType<RateEstimate>(), .. m.ByGender]);
            if (m.Comparison is { } cmp)
            {
                html.Append("<h3>").Append(E(cmp.Description)).Append("</h3>");
                Rates(html, "", cmp.Rates);
                html.Append("<table><tr><th>Odds ratio (95% CI)</th><th>Risk difference (95% CI)</th><th>Phi</th><th>Chi-square p</th><th>Fisher p</th><th>Pooled OR by gender (p)</th><th>Log-rank p</th></tr><tr><td>")
                    .Append(Interval(cmp.OddsRatio, cmp.OddsRatioLower, cmp.OddsRatioUpper)).Append("</td><td>").Append(Interval(cmp.RiskDifference, cmp.RiskDifferenceLower, cmp.RiskDifferenceUpper))
                    .Append("</td><td>").Append(N(cmp.Phi)).Append("</td><td>").Append(P(cmp.ChiSquarePValue)).Append("</td><td>").Append(P(cmp.FisherPValue))
                    .Append("</td><td>").Append(N(cmp.GenderPooledOddsRatio)).Append(" (").Append(P(cmp.GenderPooledPValue)).Append(")</td><td>").Append(P(cmp.LogRankPValue)).Append("</td></tr></table>");
                Warnings(html, cmp.Warnings);
            }

            if (m.Methods is { } methods)
            {
                EvaluationMethodsHtml.Append(html, methods);
            }

            if (m.Change is { } change)
            {
                html.Append("<p>Pre/post change in the ").Append(E(change.Measure)).Append(": ").Append(change.Pairs).Append(" pairs, mean ")
                    .Append(N(change.MeanBefore)).Append(" → ").Append(N(change.MeanAfter)).Append(", difference ").Append(Interval(change.MeanDifference, change.DifferenceLower, change.DifferenceUpper))
                    .Append("; paired t-test p ").Append(P(change.TTestPValue)).Append(", Wilcoxon p ").Append(P(change.WilcoxonPValue)).Append(", Cohen's d_z ").Append(N(change.CohensDz)).Append(".</p>");
                Warnings(html, change.Warnings);
            }

            html.Append("</section>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Rates(StringBuilder html, string caption, IReadOnlyList<RateEstimate> rates)
    {
        if (rates.Count == 0)
        {
            return;
        }

        html.Append("<table>");
        if (caption.Length > 0)
        {
            html.Append("<caption>").Append(E(caption)).Append("</caption>");
        }

        html.Append("<tr><th>Group</th><th>Success</th><th>n</th><th>Rate (95% Wilson CI)</th><th>Not yet followed to the horizon</th></tr>");
        foreach (var r in rates)
        {
            html.Append("<tr><td>").Append(E(r.Label.Length == 0 ? "All" : r.Label)).Append("</td><td>").Append(r.Successes).Append("</td><td>").Append(r.N)
                .Append("</td><td>").Append(Interval(r.Proportion, r.Lower, r.Upper)).Append("</td><td>").Append(r.Unresolved).Append("</td></tr>");
        }

        html.Append("</table>");
        foreach (var r in rates)
        {
            Warnings(html, r.Warnings);
        }
    }

    internal static void Warnings(StringBuilder html, IEnumerable<string> warnings)
    {
        foreach (var w in warnings)
        {
            html.Append("<p class=\"warning\">").Append(E(w)).Append("</p>");
        }
    }

    internal static string Interval(double? value, double? lower, double? upper) =>
        value is null ? "not estimable" : $"{N(value)} ({N(lower)} to {N(upper)})";

    internal static string N(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    internal static string P(double? p) => p switch
    {
        null => "n/a",
        < 0.0001 => "< 0.0001",
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
