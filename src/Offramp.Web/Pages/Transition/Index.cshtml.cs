using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Aftercare;
using Offramp.Core.Participants.Read;
using Offramp.Core.Transition;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Transition;

/// <summary>The transition plan (release handover, arrangements, protection) and aftercare tasks for owners on the team.</summary>
public sealed class IndexModel(GetParticipantRecord read, GetTransitionPlan get, SaveTransitionPlan save, AddAftercareTask addTask) : ParticipantFormPage(read)
{
    public TransitionPlanView? Plan { get; private set; }

    [BindProperty]
    public TransitionPlanCommand Input { get; set; } = new();

    [BindProperty]
    public AftercareTaskCommand Aftercare { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Plan = await get.ExecuteAsync(Id, ct);
        if (Plan is { } p)
        {
            Version = p.Version;
            Input = new TransitionPlanCommand
            {
                CustodyLeadUserId = p.CustodyLeadUserId,
                CommunityLeadUserId = p.CommunityLeadUserId,
                HandoverOn = p.HandoverOn,
                HandoverCompleted = p.HandoverCompleted,
                Housing = p.Housing,
                WorkOrEducation = p.WorkOrEducation,
                IdentityDocuments = p.IdentityDocuments,
                Health = p.Health,
                ArrangementNotes = p.ArrangementNotes,
                Threat = p.Threat,
                ThreatAssessedOn = p.ThreatAssessedOn,
                SafeLocation = p.SafeLocation,
                ContactRules = p.ContactRules,
            };
        }

        Aftercare.DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        ValidateOnly("Input.");
        Plan = await get.ExecuteAsync(Id, ct);
        return await FormOutcome.RunAsync(this, "Input.",
            () => Plan is null ? save.CreateAsync(Id, Input, ct) : save.UpdateAsync(Id, Version, Input, ct),
            () => RedirectToPage("Index", new { id = Id }));
    }

    public async Task<IActionResult> OnPostTaskAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        ValidateOnly("Aftercare.");
        Plan = await get.ExecuteAsync(Id, ct);
        return await FormOutcome.RunAsync(this, "Aftercare.", () => addTask.ExecuteAsync(Id, Aftercare, ct), () => RedirectToPage("Index", new { id = Id }));
    }

    /// <summary>
    /// Only the submitted form is validated; the other form was not posted, and the binder then binds it without its
    /// prefix, so its errors carry bare field names: keep the errors of the submitted form only.
    /// </summary>
    private void ValidateOnly(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal) && k != nameof(Version)).ToList())
        {
            ModelState.Remove(key);
        }
    }
}
