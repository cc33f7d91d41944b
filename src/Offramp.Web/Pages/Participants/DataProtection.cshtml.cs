using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.DataProtection;
using Offramp.Core.Erasure;
using Offramp.Core.Participants.Read;
using Offramp.Core.Retention;

namespace Offramp.Web.Pages.Participants;

/// <summary>
/// A participant's data-protection file, with the same rules as the API: the case manager records a subject access
/// request, the program director approves it and downloads the export, places and lifts legal holds, and erases the
/// record on a verified request with a fresh authenticator code. Anyone who does not manage the case gets "not found".
/// </summary>
public sealed class DataProtectionModel(GetParticipantRecord read, GetDataProtection get, ManageSubjectAccess requests,
    ExportSubjectAccess export, ManageLegalHolds holds, EraseParticipant erase) : ParticipantFormPage(read)
{
    public DataProtectionView View { get; private set; } = null!;

    [BindProperty]
    public SubjectAccessForm AccessRequest { get; set; } = new();

    [BindProperty]
    public DecisionForm Item { get; set; } = new();

    [BindProperty]
    public LegalHoldCommand Hold { get; set; } = new();

    [BindProperty]
    public EraseParticipantCommand Erase { get; set; } = new();

    [BindProperty]
    public string? StepUpCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPageAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRequestAsync(CancellationToken ct) =>
        PostOneFormAsync("AccessRequest.", () => LoadViewAsync(ct), () => requests.RequestAsync(Id, AccessRequest.ReceivedOn ?? default, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        PostOneFormAsync("Item.", () => LoadViewAsync(ct), () => requests.ApproveAsync(Id, Item.Id, Item.Version, ct), ct);

    public Task<IActionResult> OnPostHoldAsync(CancellationToken ct) =>
        PostOneFormAsync("Hold.", () => LoadViewAsync(ct), () => holds.PlaceAsync(Id, Hold, ct), ct);

    public Task<IActionResult> OnPostLiftAsync(CancellationToken ct) =>
        PostOneFormAsync("Item.", () => LoadViewAsync(ct), () => holds.LiftAsync(Id, Item.Id, Item.Version, ct), ct);

    /// <summary>
    /// Erasure: every missing piece (reference, confirmation, code) is named in one round; the code is checked only
    /// once the rest is complete, so a slip elsewhere does not use it up.
    /// </summary>
    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (!await LoadPageAsync(ct))
        {
            return NotFound();
        }

        KeepOnlyForm("Erase.");
        if (!Erase.RequestVerified)
        {
            ModelState.AddModelError("Erase.RequestVerified", "Confirm that the request was verified as valid before erasing.");
        }

        StepUp.HasCode(this, StepUpCode);
        return await FormOutcome.RunAsync(this, "Erase.", async () =>
        {
            await StepUp.VerifyAsync(this, StepUpCode!, ct);
            await erase.ExecuteAsync(Id, Erase, ct);
        }, () => RedirectToPage(new { id = Id }));
    }

    /// <summary>The export of an approved request as a self-contained page to hand to the participant; audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid requestId, CancellationToken ct)
    {
        if (!await LoadPageAsync(ct) || !View.CallerIsDirector)
        {
            return NotFound();
        }

        try
        {
            var file = await export.ExecuteAsync(Id, requestId, ct);
            var html = System.Text.Encoding.UTF8.GetBytes(SubjectAccessHtml.Render(file));
            return File(html, "text/html; charset=utf-8", $"subject-access-{file.ParticipantCode}-{file.ProducedAt.UtcDateTime:yyyy-MM-dd}.html");
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", FormOutcome.MessageOf(this, e));
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    protected override bool MayUse => Record.Caller.CanManageCase;

    private async Task<bool> LoadPageAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !MayUse)
        {
            return false;
        }

        await LoadViewAsync(ct);
        return true;
    }

    private async Task LoadViewAsync(CancellationToken ct) => View = await get.ExecuteAsync(Id, ct);

    public sealed class SubjectAccessForm
    {
        public DateOnly? ReceivedOn { get; set; }
    }

    public sealed class DecisionForm
    {
        public Guid Id { get; set; }

        public int Version { get; set; }
    }
}
