using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Participants.Caseload;
using Offramp.Core.Worklist;

namespace Offramp.Web.Pages;

/// <summary>Start page: the caseload for case workers and directors; other roles are sent to their own area.</summary>
public sealed class IndexModel(ScopeLoader scopes, ListCaseload caseload, ListWorklist worklist) : PageModel
{
    public Page<ParticipantSummary>? Caseload { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool IncludeClosed { get; set; }

    /// <summary>A caseload larger than this shows as "more than 1,000": counting 67,000 cases on every visit costs more than the figure is worth here.</summary>
    public const int CountUpTo = 1000;

    public bool IsDirector { get; private set; }

    /// <summary>Signed in but holding no role in any program yet: the page says whom to ask.</summary>
    public bool HasNoRole { get; private set; }

    /// <summary>The most overdue tasks first, and apart from them the urgent ones (concerns, alerts, emergency accesses); the worklist page has the rest.</summary>
    public WorklistPage? Due { get; private set; }


    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        if (!scope.CanDoCasework)
        {
            if (scope.IsOrganisationAdmin)
            {
                return RedirectToPage("/Admin/Index");
            }

            if (scope.IsAuditor)
            {
                return RedirectToPage("/Audit/Index");
            }

            // Evaluators work with aggregates only: their work starts at the evaluation report, not at an empty caseload.
            if (scope.Has(Role.Evaluator))
            {
                return RedirectToPage("/Evaluation/Index");
            }

            HasNoRole = true;
            return Page();
        }

        IsDirector = scope.DirectedPrograms.Count > 0;
        Due = await worklist.ExecuteAsync(new WorklistQuery(PageSize: 10, WithUrgent: true), ct);
        Caseload = await caseload.ExecuteAsync(PageNumber, 50, IncludeClosed, CountUpTo, ct);
        return Page();
    }
}
