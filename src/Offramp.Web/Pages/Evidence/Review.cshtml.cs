using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Evidence.Publishing;

namespace Offramp.Web.Pages.Evidence;

/// <summary>
/// One bundle, field by field, exactly as it would leave: withheld counts shown as withheld. The director who did not
/// propose it releases it here with an authenticator code; the proposer or a director may discard a proposal.
/// </summary>
public sealed class ReviewModel(GetEvidenceRelease get, ReleaseEvidenceBundle release, DiscardEvidenceProposal discard, Offramp.Core.Evaluation.EvaluationAccess access, Offramp.Core.Access.ScopeLoader scopes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? StepUpCode { get; set; }

    public EvidenceReleaseView? Release { get; private set; }

    /// <summary>A director of the program who did not propose it: the only one offered the release form.</summary>
    public bool CanRelease { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (!StepUp.HasCode(this, StepUpCode))
        {
            return Page();
        }

        return await FormOutcome.RunAsync(this, "", async () =>
        {
            await StepUp.VerifyAsync(this, StepUpCode!, ct);
            await release.ExecuteAsync(ProgramId, Id, Version, ct);
        }, () => RedirectToPage("Review", new { programId = ProgramId, id = Id }));
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        return await FormOutcome.RunAsync(this, "", () => discard.ExecuteAsync(ProgramId, Id, ct), () => RedirectToPage("Index", new { programId = ProgramId }));
    }

    public async Task<IActionResult> OnGetSignedAsync(CancellationToken ct)
    {
        try
        {
            var (name, content) = await get.SignedFileAsync(ProgramId, Id, ct);
            return File(content, "application/json", name);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            Release = await get.ExecuteAsync(ProgramId, Id, ct);
            var me = (await scopes.GetAsync(ct)).UserId;
            CanRelease = (await access.ForCallerAsync(ProgramId, ct)).IsDirector && Release.ProposedByUserId != me;
            return null;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
