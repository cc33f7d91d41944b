using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Assessments;
using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Assessments;

/// <summary>Base of the pages about one assessment: the participant (404 when out of scope) and the assessment as the caller may see it.</summary>
public abstract class AssessmentPage(GetParticipantRecord read, GetAssessment get) : ParticipantFormPage(read)
{
    [BindProperty(SupportsGet = true)]
    public Guid AssessmentId { get; set; }

    public AssessmentView Assessment { get; private set; } = null!;

    protected async Task<bool> LoadAssessmentAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return false;
        }

        try
        {
            Assessment = await get.ExecuteAsync(Id, AssessmentId, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    protected IActionResult ToAssessment() => RedirectToPage("View", new { id = Id, assessmentId = AssessmentId });
}
