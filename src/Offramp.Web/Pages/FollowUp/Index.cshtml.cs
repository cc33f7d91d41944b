using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.FollowUp;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.FollowUp;

/// <summary>Follow-ups (start the schedule, record one) and outcomes (record one) of a participant.</summary>
public sealed class IndexModel(GetParticipantRecord read, ListFollowUps list, ListOutcomes outcomes, StartFollowUpSchedule start, RecordFollowUp record, RecordOutcome recordOutcome, IClock clock)
    : ParticipantFormPage(read)
{
    public IReadOnlyList<FollowUpView> FollowUps { get; private set; } = [];

    public IReadOnlyList<OutcomeView> Outcomes { get; private set; } = [];

    [BindProperty]
    public StartFollowUpScheduleCommand Schedule { get; set; } = new();

    [BindProperty]
    public Guid FollowUpId { get; set; }

    [BindProperty]
    public RecordFollowUpCommand Contact { get; set; } = new();

    [BindProperty]
    public RecordOutcomeCommand Outcome { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await LoadListsAsync(ct);
        Contact.ContactedOn = Outcome.OccurredOn = clock.Today;
        return Page();
    }

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken ct) => RunAsync("Schedule.", () => start.ExecuteAsync(Id, Schedule, ct), ct);

    public Task<IActionResult> OnPostContactAsync(CancellationToken ct) => RunAsync("Contact.", () => record.ExecuteAsync(Id, FollowUpId, Version, Contact, ct), ct);

    public Task<IActionResult> OnPostOutcomeAsync(CancellationToken ct) => RunAsync("Outcome.", () => recordOutcome.ExecuteAsync(Id, Outcome, ct), ct);

    private async Task<IActionResult> RunAsync(string prefix, Func<Task> action, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // Only the submitted form is validated; the other forms on the page stay empty.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        await LoadListsAsync(ct);
        return await FormOutcome.RunAsync(this, prefix, action, () => RedirectToPage("Index", new { id = Id }));
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        FollowUps = await list.ExecuteAsync(Id, ct);
        Outcomes = await outcomes.ExecuteAsync(Id, ct);
    }
}
