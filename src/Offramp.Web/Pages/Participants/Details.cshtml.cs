using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.Web.Pages.Participants;

public sealed class DetailsModel(GetParticipantRecord read) : PageModel
{
    public ParticipantRecord Record { get; private set; } = null!;

    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    public ReferralView? PendingReferral => Record.Referrals.FirstOrDefault(r => r.Screening == ScreeningDecision.Pending);

    public bool CanRecordConsent => Record.Caller.CanManageCase && Record.Stage is Stage.Screening or Stage.Withdrawn &&
        Record.Referrals.Any(r => r.Screening == ScreeningDecision.Accepted);

    public bool HasActiveConsent => Record.Consents.Any(c => c.WithdrawnOn is null);

    public bool CanLogSession => !Record.ConsentWithdrawn && StageRules.IsOpen(Record.Stage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Record = await read.ExecuteAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Timeline = TimelineItem.From(Record);
        return Page();
    }
}
