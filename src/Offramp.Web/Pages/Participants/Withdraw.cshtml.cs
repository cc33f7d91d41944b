using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Participants;

public sealed class WithdrawModel(GetParticipantRecord read, WithdrawConsent withdraw, IClock clock) : ParticipantFormPage(read)
{
    [BindProperty]
    public WithdrawConsentCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Version = Record.Version;
        Input.WithdrawnOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => withdraw.ExecuteAsync(Id, Version, Input, ct), BackToRecord);
    }
}
