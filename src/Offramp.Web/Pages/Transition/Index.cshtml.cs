using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Aftercare;
using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Core.Transition;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Transition;

/// <summary>The transition plan (release handover, arrangements, protection) and aftercare tasks for owners on the team.</summary>
public sealed class IndexModel(GetParticipantRecord read, GetTransitionPlan get, SaveTransitionPlan save, AddAftercareTask addTask, IClock clock) : ParticipantFormPage(read)
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

        await LoadPlanAsync(ct);
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

        Aftercare.DueOn = clock.Today.AddDays(14);
        return Page();
    }

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) =>
        PostOneFormAsync("Input.", () => LoadPlanAsync(ct), () => Plan is null ? save.CreateAsync(Id, Input, ct) : save.UpdateAsync(Id, Version, Input, ct), ct);

    public Task<IActionResult> OnPostTaskAsync(CancellationToken ct) =>
        PostOneFormAsync("Aftercare.", () => LoadPlanAsync(ct), () => addTask.ExecuteAsync(Id, Aftercare, ct), ct);

    private async Task LoadPlanAsync(CancellationToken ct) => Plan = await get.ExecuteAsync(Id, ct);
}
