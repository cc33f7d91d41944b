using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Core.Transfers;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Transfers;

/// <summary>
/// The director proposes a transfer in two steps: fill in where to and what the participant agreed to share, then
/// see the package exactly as it will travel, and only then send it. Nothing is stored before the second step.
/// </summary>
public sealed class NewModel(GetParticipantRecord read, ListTransferTargets targets, PreviewTransfer preview, ProposeTransfer propose, IClock clock) : ParticipantFormPage(read)
{
    public IReadOnlyList<TransferTarget> Targets { get; private set; } = [];

    public TransferPreview? Preview { get; private set; }

    [BindProperty]
    public TransferForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !await LoadTargetsAsync(ct))
        {
            return NotFound();
        }

        Input.ConsentedOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !await LoadTargetsAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", async () => Preview = await preview.ExecuteAsync(Id, Input.ToCommand(), ct), Page);
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !await LoadTargetsAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => propose.ExecuteAsync(Id, Input.ToCommand(), ct),
            () => RedirectToPage("/Participants/Details", new { id = Id }));
    }

    /// <summary>Only the director may choose a target; for anyone else the page does not exist.</summary>
    private async Task<bool> LoadTargetsAsync(CancellationToken ct)
    {
        try
        {
            Targets = await targets.ExecuteAsync(Id, ct);
            return true;
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            return false;
        }
    }
}

/// <summary>The form's shape: one checkbox per section, folded into the command's flags.</summary>
public sealed class TransferForm
{
    /// <summary>Nullable so that "no choice yet" reaches the domain, which says what to do, instead of a binding error.</summary>
    public Guid? TargetProgramId { get; set; }

    public bool ShareIdentity { get; set; }

    public bool ShareFormulation { get; set; }

    public bool SharePlan { get; set; }

    public bool ShareOutcomes { get; set; }

    public DateOnly ConsentedOn { get; set; }

    public bool ParticipantAgreed { get; set; }

    public string Reason { get; set; } = "";

    public ProposeTransferCommand ToCommand() => new()
    {
        TargetProgramId = TargetProgramId ?? Guid.Empty,
        Shared = (ShareIdentity ? SharedSections.Identity : SharedSections.None) | (ShareFormulation ? SharedSections.Formulation : SharedSections.None) |
                 (SharePlan ? SharedSections.Plan : SharedSections.None) | (ShareOutcomes ? SharedSections.Outcomes : SharedSections.None),
        ConsentedOn = ConsentedOn,
        ParticipantAgreed = ParticipantAgreed,
        Reason = Reason,
    };
}
