using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Disclosure;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Safeguarding;

/// <summary>
/// The participant's disclosure register, append-only: a second director approves here (four eyes), a correction is
/// a new entry that refers to the old one, and the director may let the case team see a disclosure. The team sees
/// only what was shared with it.
/// </summary>
public sealed class RegisterModel(GetParticipantRecord read, ListDisclosures list, ApproveDisclosure approve, CorrectDisclosure correct,
    ShareDisclosureWithTeam share) : ParticipantFormPage(read)
{
    public IReadOnlyList<DisclosureView> Entries { get; private set; } = [];

    [BindProperty]
    public Guid EntryId { get; set; }

    [BindProperty]
    public DisclosureFollowUpCommand Input { get; set; } = new();

    [BindProperty]
    public string? StepUpCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPageAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        WithStepUpAsync(() => approve.ExecuteAsync(Id, EntryId, Input, ct), ct);

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken ct) =>
        WithStepUpAsync(() => correct.ExecuteAsync(Id, EntryId, Input, ct), ct);

    public async Task<IActionResult> OnPostShareAsync(CancellationToken ct)
    {
        if (!await LoadPageAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => share.ExecuteAsync(Id, EntryId, ct), () => RedirectToPage("Register", new { id = Id }));
    }

    private async Task<IActionResult> WithStepUpAsync(Func<Task> action, CancellationToken ct)
    {
        if (!await LoadPageAsync(ct))
        {
            return NotFound();
        }

        if (!StepUp.HasCode(this, StepUpCode))
        {
            return Page();
        }

        return await FormOutcome.RunAsync(this, "Input.", async () =>
        {
            await StepUp.VerifyAsync(this, StepUpCode!, ct);
            await action();
        }, () => RedirectToPage("Register", new { id = Id }));
    }

    private async Task<bool> LoadPageAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return false;
        }

        Entries = await list.ExecuteAsync(Id, ct);
        return true;
    }
}
