using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Organisations;
using Offramp.Core.Participants.Read;
using Offramp.Core.Participants.Update;

namespace Offramp.Web.Pages.Participants;

public sealed class EditModel(GetParticipantRecord read, UpdateParticipantDetails update, ListPrograms programs) : ParticipantFormPage(read)
{
    [BindProperty]
    public UpdateParticipantDetailsCommand Input { get; set; } = new();

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Sites = await programs.SitesAsync(ct);
        Version = Record.Version;
        Input = new UpdateParticipantDetailsCommand
        {
            Identity = Record.Identity,
            Gender = Record.Gender,
            YearOfBirth = Record.YearOfBirth,
            Nationality = Record.Nationality,
            Languages = Record.Languages,
            SiteId = Record.SiteId,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Sites = await programs.SitesAsync(ct);
        return await FormOutcome.RunAsync(this, "Input.", () => update.ExecuteAsync(Id, Version, Input, ct), BackToRecord);
    }
}
