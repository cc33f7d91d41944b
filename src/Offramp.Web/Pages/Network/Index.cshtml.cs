using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Network;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Network;

/// <summary>The participant's network, risks first, and a form to add a tie.</summary>
public sealed class IndexModel(GetParticipantRecord read, ListNetwork list, SaveNetworkTie save) : ParticipantFormPage(read)
{
    public IReadOnlyList<NetworkTieView> Ties { get; private set; } = [];

    [BindProperty]
    public NetworkTieCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Ties = await list.ExecuteAsync(Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Ties = await list.ExecuteAsync(Id, ct);
        return await FormOutcome.RunAsync(this, "Input.", () => save.AddAsync(Id, Input, ct), () => RedirectToPage("Index", new { id = Id }));
    }
}
