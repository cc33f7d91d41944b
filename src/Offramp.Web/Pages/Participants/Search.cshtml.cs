using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Participants.Caseload;
using Offramp.Core.Participants.Search;

namespace Offramp.Web.Pages.Participants;

public sealed class SearchModel(SearchParticipants search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ParticipantSummary>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        try
        {
            Results = await search.ExecuteAsync(Q, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Q), FormOutcome.MessageOf(this, e));
        }
    }
}
