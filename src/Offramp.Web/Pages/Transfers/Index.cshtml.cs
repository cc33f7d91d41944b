using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Transfers;

namespace Offramp.Web.Pages.Transfers;

/// <summary>
/// Transfers into and out of the programs the caller directs. Incoming ones waiting for a decision show the package
/// and a form to accept or decline with a reason; every transfer shows where it stands on both sides.
/// </summary>
public sealed class IndexModel(ListTransfers list, DecideTransfer decide) : PageModel
{
    public IReadOnlyList<TransferView> Incoming { get; private set; } = [];

    public IReadOnlyList<TransferView> Outgoing { get; private set; } = [];

    /// <summary>The transfer whose decision form was posted, so its field messages show next to it.</summary>
    public Guid? Deciding { get; private set; }

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Deciding = Decision.TransferId;
        if (Decision.Choice is not ("accept" or "decline"))
        {
            ModelState.AddModelError("Decision.Choice", "Choose to accept or to decline the transfer.");
        }

        var outcome = await FormOutcome.RunAsync(this, "Decision.", () => decide.ExecuteAsync(Decision.TransferId, Decision.Version, Decision.ToCommand(), ct),
            () => RedirectToPage("Index"));
        if (outcome is PageResult)
        {
            await LoadAsync(ct);
        }

        return outcome;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await list.ExecuteAsync(ct);
        Incoming = [.. all.Where(t => t.Incoming).OrderBy(t => t.Status != TransferStatus.Proposed)];
        Outgoing = [.. all.Where(t => !t.Incoming)];
    }
}

public sealed class DecisionForm
{
    public Guid TransferId { get; set; }

    public int Version { get; set; }

    /// <summary>"accept" or "decline": a radio group, so the keyboard user chooses explicitly.</summary>
    public string? Choice { get; set; }

    public string? Reason { get; set; }

    public TransferDecisionCommand ToCommand() => new() { Accept = Choice == "accept", Reason = Reason };
}
