using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Core.Stages;

namespace Offramp.Web.Pages.Participants;

public sealed class StageModel(GetParticipantRecord read, ChangeStage change, IClock clock) : ParticipantFormPage(read)
{
    [BindProperty]
    public ChangeStageCommand Input { get; set; } = new();

    /// <summary>Consent and withdrawal have their own forms (they record the consent itself), so they are not offered here.</summary>
    public IEnumerable<Stage> Choices => Record.NextStages.Where(s => s is not (Stage.Consented or Stage.Withdrawn) && (s != Stage.Closed || Record.Caller.IsDirector));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Version = Record.Version;
        Input.EffectiveOn = clock.Today;
        Input.ToStage = Choices.FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => change.ExecuteAsync(Id, Version, Input, ct), BackToRecord);
    }
}
