using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Worklist;

namespace Offramp.Web.Pages.Worklist;

/// <summary>
/// What is due and overdue for the caller across their caseload (directors: their whole program), overdue first,
/// filtered by kind and horizon; directors can narrow it to their own tasks.
/// </summary>
public sealed class IndexModel(ListWorklist list) : PageModel
{
    public static readonly IReadOnlyList<string> Kinds =
        [TaskKinds.PlanReview, TaskKinds.AgreementReview, TaskKinds.Reassessment, TaskKinds.FollowUp, TaskKinds.Aftercare, TaskKinds.Alert, TaskKinds.Concern, TaskKinds.AccessReview, TaskKinds.General];

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Horizon { get; set; } = 30;

    [BindProperty(SupportsGet = true)]
    public bool MineOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public WorklistPage? Due { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Kind) && !Kinds.Contains(Kind))
        {
            Kind = null;
        }

        try
        {
            Due = await list.ExecuteAsync(new WorklistQuery(Horizon, Kind, MineOnly, PageNumber), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
