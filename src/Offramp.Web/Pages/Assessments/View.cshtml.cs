using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Assessments;

/// <summary>
/// One assessment: the raters' submissions side by side (only those the caller may see) and, for the chair, the
/// consensus form pre-filled with the level the raters agree on where they do.
/// </summary>
public sealed class ViewModel(GetParticipantRecord read, GetAssessment get, RecordConsensus consensus) : AssessmentPage(read, get)
{
    [BindProperty]
    public ConsensusCommand Input { get; set; } = new();

    public bool ShowConsensusForm => Assessment.Status == AssessmentStatus.Rating && Assessment.Caller.MayRecordConsensus
        && Assessment.Caller.SeesOthersRatings && Assessment.Submissions.Count > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAssessmentAsync(ct))
        {
            return NotFound();
        }

        Version = Assessment.Version;
        Input.Items = [.. Assessment.Instrument.Items.Select(i => new ConsensusItemInput { ItemKey = i.Key, Level = Unanimous(i.Key) ?? "" })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAssessmentAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.", () => consensus.ExecuteAsync(Id, AssessmentId, Version, Input, ct), ToAssessment);
    }

    public IEnumerable<(SubmissionView Submission, ItemRatingView? Rating)> RatingsOf(string itemKey) =>
        Assessment.Submissions.Select(s => (s, s.Ratings?.FirstOrDefault(r => r.ItemKey == itemKey)));

    /// <summary>The level every visible rater gave, if they all gave the same one: a starting point, not a decision.</summary>
    private string? Unanimous(string itemKey)
    {
        var levels = Assessment.Submissions.Select(s => s.Ratings?.FirstOrDefault(r => r.ItemKey == itemKey)?.Level).Distinct().ToList();
        return levels.Count == 1 ? levels[0] : null;
    }
}
