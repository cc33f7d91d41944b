using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Disclosure;
using Offramp.Core.Participants.Read;
using Offramp.Core.Safeguarding;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Safeguarding;

/// <summary>
/// The director's concern view and disclosure decision: threshold and agency from the organisation's lists, the
/// legal basis, the minimum data picked field by field with a preview of exactly what leaves, and a fresh
/// authenticator code. A decision not to disclose is recorded the same way.
/// </summary>
public sealed class DisclosureModel(GetParticipantRecord read, ListConcerns concerns, ManageDisclosurePolicy policy, PreviewDisclosure preview,
    DecideDisclosure decide) : ParticipantFormPage(read)
{
    public IReadOnlyList<ConcernView> Concerns { get; private set; } = [];

    public DisclosurePolicyView Policy { get; private set; } = null!;

    public DisclosurePreview? Preview { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ConcernId { get; set; }

    [BindProperty]
    public DecideDisclosureCommand Input { get; set; } = new();

    /// <summary>The hash of the preview the director saw; the decision is refused if the content changed since.</summary>
    [BindProperty]
    public string? PreviewSha256 { get; set; }

    [BindProperty]
    public string? StepUpCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPageAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadPageAsync(ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        return await FormOutcome.RunAsync(this, "Input.", async () => Preview = await preview.ExecuteAsync(Id, Input.Fields, ConcernId, ct), Page);
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        if (!await LoadPageAsync(ct))
        {
            return NotFound();
        }

        Input.ConcernId = ConcernId;
        if (Input.Disclose && Input.Fields.Count > 0)
        {
            Preview = await preview.ExecuteAsync(Id, Input.Fields, ConcernId, ct);
            if (!string.Equals(Preview.Sha256, PreviewSha256, StringComparison.Ordinal))
            {
                ModelState.AddModelError("", "Check the preview first: what would leave is not what you last previewed.");
                return Page();
            }
        }

        if (!StepUp.HasCode(this, StepUpCode))
        {
            return Page();
        }

        return await FormOutcome.RunAsync(this, "Input.", async () =>
        {
            await StepUp.VerifyAsync(this, StepUpCode!, ct);
            await decide.ExecuteAsync(Id, Input, ct);
        }, () => RedirectToPage("Register", new { id = Id }));
    }

    private async Task<bool> LoadPageAsync(CancellationToken ct)
    {
        // Only the director decides; everyone else gets "not found", as for any page outside their scope.
        if (!await LoadAsync(ct) || !Record.Caller.IsDirector)
        {
            return false;
        }

        Concerns = await concerns.ExecuteAsync(Id, ct);
        Policy = await policy.GetAsync(ct);
        return true;
    }
}
