using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Evidence.Hub;
using Offramp.Reports.Charts;

namespace Offramp.Web.Pages.Hub;

/// <summary>
/// The hub's compare page: per comparable metric, programs side by side with their 95% intervals and a forest plot,
/// and the pooled estimates with heterogeneity and the prediction interval. Filters are a GET form.
/// </summary>
public sealed class IndexModel(CompareEvidence compare) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CompareEvidenceQuery Query { get; set; } = new();

    public EvidenceComparisonView? View { get; private set; }

    /// <summary>The coded field the comparison is broken down by, in words.</summary>
    public string BreakDownLabel => View?.Options.CodedFields.FirstOrDefault(f => f.Value == Query.BreakDownBy)?.Label ?? Query.BreakDownBy ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            View = await compare.ExecuteAsync(Query, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The forest plot of one metric for the same filters, as same-origin SVG (the CSP allows no inline styles).</summary>
    public async Task<IActionResult> OnGetForestAsync(string signature, bool strata, CancellationToken ct)
    {
        try
        {
            var metric = (await compare.ExecuteAsync(Query, ct)).Metrics.FirstOrDefault(m => m.Signature == signature);
            return metric is null ? NotFound() : Content(ForestPlot.Svg(strata ? StrataRows(metric) : Rows(metric), "Proportion with success (95% CI)", null), "image/svg+xml");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public static IReadOnlyList<ForestRow> Rows(ComparedMetric metric) =>
    [
        .. metric.Programs.Where(p => p.Proportion is not null).Select(p => new ForestRow($"{p.Program} ({p.Period})", p.Proportion!.Value, p.Proportion.Lower, p.Proportion.Upper)),
        .. metric.Pooled.Where(p => p.Measure == Offramp.Core.Evaluation.Reports.ReportLabels.PooledProportion)
            .Select(p => new ForestRow($"Pooled ({p.Method}, {p.Studies} programs)", p.Estimate, p.Lower, p.Upper, Pooled: true)),
    ];

    /// <summary>Per category of the coded field: each program's proportion, then the category's pooled estimate.</summary>
    public static IReadOnlyList<ForestRow> StrataRows(ComparedMetric metric) =>
    [
        .. metric.Strata.SelectMany(s => (IEnumerable<ForestRow>)
        [
            .. s.Programs.Where(p => p.Proportion is not null).Select(p => new ForestRow($"{s.Label}: {p.Program}", p.Proportion!.Value, p.Proportion.Lower, p.Proportion.Upper)),
            .. s.Pooled.Where(p => p.Measure == Offramp.Core.Evaluation.Reports.ReportLabels.PooledProportion)
                .Select(p => new ForestRow($"{s.Label}: pooled ({p.Studies} programs)", p.Estimate, p.Lower, p.Upper, Pooled: true)),
        ]),
    ];

    public string ForestUrl(ComparedMetric metric, bool strata = false) => Url.Page("Index", "Forest", new
    {
        signature = metric.Signature,
        strata,
        Query.BreakDownBy,
        Query.Kind,
        Query.Aim,
        Query.Region,
        Query.Movement,
        Query.Period,
        Query.Method,
    })!;
}
