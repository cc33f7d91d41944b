using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Core.Referrals;

namespace Offramp.Web.Pages.Participants;

public sealed class ScreeningModel(GetParticipantRecord read, RecordScreening screening, IClock clock) : ParticipantFormPage(read)
{
    [BindProperty(SupportsGet = true)]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public RecordScreeningCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Record.Referrals.SingleOrDefault(r => r.Id == ReferralId) is not { } referral)
        {
            return NotFound();
        }

        Version = referral.Version;
        Input.ScreenedOn = clock.Today;
        Input.Decision = ScreeningDecision.Accepted;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => screening.ExecuteAsync(Id, ReferralId, Version, Input, ct), BackToRecord);
    }
}
