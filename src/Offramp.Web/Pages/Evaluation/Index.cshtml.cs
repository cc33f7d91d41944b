using System.Reflection;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

using Offramp.Core.Access;
using Offramp.Core.CodedProfiles;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Reports;
using Offramp.Reports;
using Offramp.Reports.Charts;
using Offramp.Web.Evaluation;

namespace Offramp.Web.Pages.Evaluation;

/// <summary>
/// The evaluation report of a program the caller directs or evaluates: aggregates only, with the cohort builder as a
/// GET form. The report itself is <see cref="Offramp.Reports.Evaluation.EvaluationReportView"/>, shared with the CLI;
/// its survival charts are same-origin SVG from <see cref="OnGetChartAsync"/> (the CSP allows no inline styles, so
/// charts are images, not markup).
/// </summary>
public sealed class IndexModel(OfframpDbContext db, ScopeLoader scopes, BuildEvaluationReport build, ListComparisonGroups comparisonGroups, ListCodebooks codebooks,
    IStringLocalizer<ReportText> reportText, Sentences say) : PageModel
{
    /// <summary>The coded-profile filter as one choice, "field=code" (e.g. "exit-status-at-entry=doubting"); empty for anyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Coded { get; set; }

    /// <summary>The organisation's current codebook, whose fields the report can filter and break down by.</summary>
    public CodebookDefinition? Codebook { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty(SupportsGet = true)]
    public CohortFilter Cohort { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Programs { get; private set; } = [];

    public EvaluationReport? Report { get; private set; }

    /// <summary>One list chooses both the comparison and, for an imported group, which one (see <see cref="WithCompareChoice"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Compare { get; set; }

    /// <summary>The program's imported comparison groups, offered in the "Compare" list next to completers and early leavers.</summary>
    public IReadOnlyList<ComparisonGroupView> ComparisonGroups { get; private set; } = [];

    /// <summary>
    /// The program the form shows as chosen: the one asked for, or else the first of the list. Its groups fill the
    /// "Compare" list on first load; its report is built only once it is asked for (or is the caller's only program).
    /// </summary>
    public Guid? ShownProgramId => ProgramId ?? (Programs.Count > 0 ? Programs[0].Id : null);

    /// <summary>The "Compare" list's value: what <see cref="Cohort"/> is compared with, one choice for the comparison and its group.</summary>
    public string CompareChoice => Cohort.ComparisonToMake() switch
    {
        CohortComparison.ExternalGroup => Cohort.ComparisonGroupId?.ToString() ?? "",
        CohortComparison.None => nameof(CohortComparison.None),
        _ => nameof(CohortComparison.CompletersVsEarlyLeavers),
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Cohort = WithCodedChoice(WithCompareChoice());
        var scope = await scopes.GetAsync(ct);
        Codebook = (await codebooks.ExecuteAsync(ct)).FirstOrDefault(c => c.Status == CodebookStatus.Published)?.Definition.In(TranslatableText.ReaderLanguage);
        var ids = scope.ProgramsWhereAny(Role.ProgramDirector, Role.Evaluator).ToList();
        Programs = [.. (await db.Programs.AsNoTracking().Where(p => ids.Contains(p.Id) && p.OrganisationId == scope.OrganisationId)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name))];
        ProgramId ??= Programs.Count == 1 ? Programs[0].Id : null;
        if (ShownProgramId is not { } shown)
        {
            return Page();
        }

        try
        {
            // Before any report is asked for, the "Compare" list already offers the groups of the program shown.
            ComparisonGroups = await comparisonGroups.ExecuteAsync(shown, ct);
            if (ProgramId is { } programId)
            {
                Report = await build.ExecuteAsync(programId, Cohort, ct);
            }

            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (DomainException e)
        {
            // E.g. another program chosen while the "Compare" list still names the previous program's group: the
            // form comes back, now listing this program's groups, with the message rather than an error response.
            ModelState.AddModelError("", FormOutcome.MessageOf(this, e));
            Report = null;
            return Page();
        }
    }

    /// <summary>The cohort with the "Compare" list's choice applied: a group's id, or a comparison's name.</summary>
    private CohortFilter WithCompareChoice() => Compare switch
    {
        null or "" => Cohort,
        _ when Guid.TryParse(Compare, out var id) => Cohort with { Comparison = CohortComparison.ExternalGroup, ComparisonGroupId = id },
        nameof(CohortComparison.None) => Cohort with { Comparison = CohortComparison.None, ComparisonGroupId = null },
        _ => Cohort with { Comparison = CohortComparison.CompletersVsEarlyLeavers, ComparisonGroupId = null },
    };

    /// <summary>The cohort with the "Coded as" list's choice applied: the field and the option, or neither.</summary>
    private CohortFilter WithCodedChoice(CohortFilter cohort) => Coded?.Split('=', 2) switch
    {
        [var field, var code] when field.Length > 0 => cohort with { CodedField = field, CodedValue = code },
        _ => cohort,
    };

    public async Task<IActionResult> OnGetChartAsync(Guid metricId, CancellationToken ct)
    {
        try
        {
            var survival = await MetricSurvival.OfAsync(build, ProgramId ?? Guid.Empty, metricId, Cohort, ct);
            return Content(SurvivalChart.Svg(survival, SurvivalChartWords.For(reportText, say)), "image/svg+xml");
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
