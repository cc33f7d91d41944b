using System.Reflection;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Reports;
using Offramp.Reports.Charts;
using Offramp.Web.Evaluation;

namespace Offramp.Web.Pages.Evaluation;

/// <summary>
/// The evaluation report of a program the caller directs or evaluates: aggregates only, with the cohort builder as a
/// GET form. The report itself is <see cref="Offramp.Reports.Evaluation.EvaluationReportView"/>, shared with the CLI;
/// its survival charts are same-origin SVG from <see cref="OnGetChartAsync"/> (the CSP allows no inline styles, so
/// charts are images, not markup).
/// </summary>
public sealed class IndexModel(OfframpDbContext db, ScopeLoader scopes, BuildEvaluationReport build) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty(SupportsGet = true)]
    public CohortFilter Cohort { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Programs { get; private set; } = [];

    public EvaluationReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var ids = scope.ProgramsWhereAny(Role.ProgramDirector, Role.Evaluator).ToList();
        Programs = [.. (await db.Programs.AsNoTracking().Where(p => ids.Contains(p.Id) && p.OrganisationId == scope.OrganisationId)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name))];
        ProgramId ??= Programs.Count == 1 ? Programs[0].Id : null;
        if (ProgramId is not { } programId)
        {
            return Page();
        }

        try
        {
            Report = await build.ExecuteAsync(programId, Cohort, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnGetChartAsync(Guid metricId, CancellationToken ct)
    {
        try
        {
            var survival = await MetricSurvival.OfAsync(build, ProgramId ?? Guid.Empty, metricId, Cohort, ct);
            return Content(SurvivalChart.Svg(survival, "Survival"), "image/svg+xml");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The chart of a metric for the same cohort: the criteria travel under the "Cohort." prefix the page binds.</summary>
    public string ChartUrl(Guid metricId)
    {
        var values = new RouteValueDictionary { ["ProgramId"] = ProgramId, ["metricId"] = metricId };
        foreach (var property in typeof(CohortFilter).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetValue(Cohort) is { } value)
            {
                values["Cohort." + property.Name] = value is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : value;
            }
        }

        return Url.Page("/Evaluation/Index", "Chart", values)!;
    }
}
