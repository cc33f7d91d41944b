using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Participants;

public sealed class ConsentModel(GetParticipantRecord read, RecordConsent consent, IClock clock) : ParticipantFormPage(read)
{
    [BindProperty]
    public RecordConsentCommand Input { get; set; } = new() { CoversParticipation = true };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Version = Record.Version;
        Input.GivenOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => consent.ExecuteAsync(Id, Version, Input, ct), BackToRecord);
    }
}
