using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Mentoring;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Mentoring;

/// <summary>Mentoring agreements of a participant; the caseworker matches a mentor from the suggestions, with reasons.</summary>
public sealed class IndexModel(GetParticipantRecord read, ListAgreements list, SuggestMentors suggest, MatchMentor match, IClock clock) : ParticipantFormPage(read)
{
    public IReadOnlyList<AgreementView> Agreements { get; private set; } = [];

    public IReadOnlyList<MentorSuggestion> Suggestions { get; private set; } = [];

    [BindProperty]
    public MatchMentorCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await LoadListsAsync(ct);
        Input.StartedOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await LoadListsAsync(ct);
        return await FormOutcome.RunAsync(this, "Input.", () => match.ExecuteAsync(Id, Input, ct), () => RedirectToPage("Index", new { id = Id }));
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        Agreements = await list.ExecuteAsync(Id, ct);
        if (Record.Caller.CanManageCase)
        {
            try
            {
                Suggestions = await suggest.ExecuteAsync(Id, ct);
            }
            catch (ForbiddenException)
            {
                Suggestions = [];
            }
        }
    }
}
