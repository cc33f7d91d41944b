using System.Text;

using Offramp.Core.Evaluation.Reports.Methods;

using static Offramp.Cli.Reports.EvaluationReportFiles;

namespace Offramp.Cli.Reports;

/// <summary>
/// The adjusted hazard ratio, cumulative incidence and weighted comparison of one metric in report.html, and the notes
/// saying why any is missing. Apart from the rest of the report so it can move when the web and CLI renderers merge.
/// </summary>
internal static class EvaluationMethodsHtml
{
    public static void Append(StringBuilder html, EvaluationMethods methods)
    {
        if (methods.HazardRatio is { } hr)
        {
            html.Append("<p>Hazard ratio, ").Append(E(hr.Group.ToLowerInvariant())).Append(" against ").Append(E(hr.Reference.ToLowerInvariant()))
                .Append(hr.AdjustedFor.Count > 0 ? $" (adjusted for {E(string.Join(", ", hr.AdjustedFor))})" : "").Append(": ")
                .Append(Interval(hr.HazardRatio, hr.Lower, hr.Upper)).Append("; p ").Append(P(hr.PValue)).Append("; ").Append(hr.Events).Append(" events among ").Append(hr.N).Append(".</p>");
            Warnings(html, hr.Warnings);
        }

        if (methods.CumulativeIncidence is { } ci)
        {
            html.Append("<table><caption>Cumulative incidence by ").Append(N(ci.HorizonMonths)).Append(" months, with death or deportation as competing outcomes (95% CI)</caption>")
                .Append("<tr><th>Group</th><th>Cause</th><th>n</th><th>Events</th><th>Incidence</th></tr>");
            foreach (var row in ci.Rows)
            {
                html.Append("<tr><td>").Append(E(row.Group)).Append("</td><td>").Append(E(row.Cause)).Append("</td><td>").Append(row.N).Append("</td><td>").Append(row.Events)
                    .Append("</td><td>").Append(Interval(row.Estimate, row.Lower, row.Upper)).Append("</td></tr>");
            }

            html.Append("</table>");
            if (ci.GrayPValue is { } gray)
            {
                html.Append("<p>Gray's test of the outcome between groups: p ").Append(P(gray)).Append(".</p>");
            }

            Warnings(html, ci.Warnings);
        }

        if (methods.Weighted is { } w)
        {
            html.Append("<table><caption>Covariate balance: standardised differences before and after weighting (under 0.1 is balanced)</caption><tr><th>Covariate</th><th>Before</th><th>After</th></tr>");
            foreach (var row in w.Balance)
            {
                html.Append("<tr><td>").Append(E(row.Covariate)).Append("</td><td>").Append(N(row.DifferenceBefore)).Append("</td><td>").Append(N(row.DifferenceAfter)).Append("</td></tr>");
            }

            html.Append("</table><p>Weighted hazard ratio, ").Append(E(w.Group.ToLowerInvariant())).Append(" against ").Append(E(w.Reference.ToLowerInvariant())).Append(": ")
                .Append(Interval(w.HazardRatio, w.Lower, w.Upper)).Append("; p ").Append(P(w.PValue)).Append("; effective sizes ").Append(N(w.EffectiveSizeGroup))
                .Append(" and ").Append(N(w.EffectiveSizeReference)).Append(".</p>");
            Warnings(html, w.Warnings);
        }

        foreach (var note in methods.Notes)
        {
            html.Append("<p>").Append(E(note)).Append("</p>");
        }
    }
}
