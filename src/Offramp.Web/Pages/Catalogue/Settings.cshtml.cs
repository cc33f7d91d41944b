using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.ProgramCatalogue;

namespace Offramp.Web.Pages.Catalogue;

/// <summary>
/// The organisation admin (any program) or a director (their programs) sets the template a program follows and its cycles. New plans, agreements and follow-up
/// schedules use them; running schedules keep theirs. Empty fields take the template's value (or the default).
/// </summary>
public sealed class SettingsModel(ListProgramSettings settings, ListTemplates templates, ApplyTemplateToProgram apply) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    public ProgramSettingsView Program { get; private set; } = null!;

    public IReadOnlyList<TemplateView> Templates { get; private set; } = [];

    [BindProperty]
    public ProgramSettingsCommand Input { get; set; } = new();

    [BindProperty]
    public string? FollowUpMonths { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new ProgramSettingsCommand
        {
            TemplateId = Program.TemplateId,
            PlanReviewIntervalMonths = Program.PlanReviewIntervalMonths,
            AgreementReviewIntervalMonths = Program.AgreementReviewIntervalMonths,
        };
        FollowUpMonths = MonthList.Format(Program.FollowUpMonths);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (MonthList.Parse(FollowUpMonths) is { } months)
        {
            // An empty field means "as the template says", which the use case reads as null.
            Input.FollowUpMonths = months.Count == 0 ? null : months;
        }
        else
        {
            ModelState.AddModelError(nameof(FollowUpMonths), "Write the months as whole numbers separated by commas, e.g. 3, 6, 12.");
        }

        return await FormOutcome.RunAsync(this, "Input.", () => apply.ExecuteAsync(ProgramId, Input, ct), () => RedirectToPage("Index"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        // The settings list holds exactly the programs the caller may set: all for the admin, the directed ones for a director.
        var program = (await settings.ExecuteAsync(ct)).SingleOrDefault(p => p.ProgramId == ProgramId);
        if (program is null)
        {
            return false;
        }

        Program = program;
        Templates = await templates.ExecuteAsync(ct);
        return true;
    }
}
