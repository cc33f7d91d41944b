using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Formulation;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Plans;

/// <summary>The team's case formulation: the latest revision to read, and a form that saves a new revision.</summary>
public sealed class FormulationModel(GetParticipantRecord read, GetFormulation get, WriteFormulation write) : ParticipantFormPage(read)
{
    [BindProperty]
    public FormulationContent Input { get; set; } = new();

    public FormulationView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Current = await get.ExecuteAsync(Id, null, ct);
        Input = Current?.Content ?? new FormulationContent();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => write.ExecuteAsync(Id, Input, ct), () => RedirectToPage("Index", new { id = Id }));
    }
}
