using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Assessments.Trajectory;
using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Reports.Charts;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Assessments;

/// <summary>Each domain over time as a chart, and "what changed" between two agreed assessments item by item.</summary>
public sealed class TrajectoryModel(GetParticipantRecord read, GetTrajectory trajectory, CompareAssessments compare, Offramp.Reports.EnumLabels words) : ParticipantFormPage(read)
{
    [BindProperty(SupportsGet = true)]
    public string? Instrument { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? To { get; set; }

    public TrajectoryView? View { get; private set; }

    public AssessmentComparison? Changes { get; private set; }

    public string? CompareError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        View = await trajectory.ExecuteAsync(Id, Instrument, ct);
        if (View is not null && View.Assessments.Count >= 2)
        {
            From ??= View.Assessments[^2].Id;
            To ??= View.Assessments[^1].Id;
            try
            {
                Changes = await compare.ExecuteAsync(Id, From.Value, To.Value, ct);
            }
            catch (DomainException e)
            {
                CompareError = FormOutcome.MessageOf(this, e);
            }
            catch (NotFoundException)
            {
                CompareError = "One of the assessments was not found.";
            }
        }

        return Page();
    }

    /// <summary>The SVG of one domain, loaded by an img element (no inline script or style on the page).</summary>
    public async Task<IActionResult> OnGetChartAsync(string domain, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || await trajectory.ExecuteAsync(Id, Instrument, ct) is not { } view || view.Domains.FirstOrDefault(d => d.Key == domain) is not { } found)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return Content(TrajectoryChart.Svg(found, view.Levels, words.Of), "image/svg+xml");
    }
}
