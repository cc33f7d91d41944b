using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Core.Safeguarding;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Safeguarding;

/// <summary>Any member of the case team raises a concern; the director decides what follows.</summary>
public sealed class RaiseModel(GetParticipantRecord read, RaiseConcern raise, IClock clock) : ParticipantFormPage(read)
{
    [BindProperty]
    public RaiseConcernCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.ObservedOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => raise.ExecuteAsync(Id, Input, ct), () => RedirectToPage("/Participants/Details", new { id = Id }));
    }
}
