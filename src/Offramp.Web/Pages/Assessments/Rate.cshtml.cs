using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Assessments;

/// <summary>A rater's form: every item with its guidance beside it, one answer each, then the overall judgement.</summary>
public sealed class RateModel(GetParticipantRecord read, GetAssessment get, SubmitRatings submit) : AssessmentPage(read, get)
{
    [BindProperty]
    public SubmitRatingsCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAssessmentAsync(ct))
        {
            return NotFound();
        }

        if (!Assessment.Caller.MayRate || Assessment.Caller.HasSubmitted || Assessment.Status != AssessmentStatus.Rating)
        {
            return ToAssessment();
        }

        Input.Ratings = [.. Assessment.Instrument.Items.Select(i => new ItemRatingInput { ItemKey = i.Key })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAssessmentAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => submit.ExecuteAsync(Id, AssessmentId, Input, ct), ToAssessment);
    }
}
