using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Justice;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Participants;

/// <summary>Adds a justice event, or corrects one when eventId is given.</summary>
public sealed class JusticeModel(GetParticipantRecord read, RecordJusticeEvent record) : ParticipantFormPage(read)
{
    [BindProperty(SupportsGet = true)]
    public Guid? EventId { get; set; }

    [BindProperty]
    public JusticeEventCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (EventId is { } eventId)
        {
            if (Record.JusticeEvents.SingleOrDefault(e => e.Id == eventId) is not { } existing)
            {
                return NotFound();
            }

            Version = existing.Version;
            Input = new JusticeEventCommand { Kind = existing.Kind, OccurredOn = existing.OccurredOn, SentenceMonths = existing.SentenceMonths, Reference = existing.Reference };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.",
            () => EventId is { } eventId ? record.UpdateAsync(Id, eventId, Version, Input, ct) : record.AddAsync(Id, Input, ct),
            BackToRecord);
    }
}
