using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Assessments;

/// <summary>A participant's assessments, and a form to open a new one on a published instrument.</summary>
public sealed class IndexModel(GetParticipantRecord read, ListAssessments list, ListInstruments instruments, OpenAssessment open, IClock clock) : ParticipantFormPage(read)
{
    [BindProperty]
    public OpenAssessmentCommand Input { get; set; } = new();

    public IReadOnlyList<AssessmentSummary> Assessments { get; private set; } = [];

    public IReadOnlyList<InstrumentSummary> Instruments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadListsAsync(ct))
        {
            return NotFound();
        }

        Input.AssessedOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadListsAsync(ct))
        {
            return NotFound();
        }

        Guid created = default;
        return await FormOutcome.RunAsync(this, "Input.", async () => created = await open.ExecuteAsync(Id, Input, ct),
            () => RedirectToPage("Rate", new { id = Id, assessmentId = created }));
    }

    private async Task<bool> LoadListsAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return false;
        }

        Assessments = await list.ExecuteAsync(Id, ct);
        Instruments = [.. (await instruments.ExecuteAsync(ct)).Where(i => i.Status == InstrumentStatus.Published)];
        return true;
    }
}
