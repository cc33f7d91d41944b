using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Formulation;
using Offramp.Core.Participants.Read;
using Offramp.Core.Plans;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Plans;

/// <summary>The intervention plan: goals with progress, dose per module, reviews; forms to write the plan and to review it.</summary>
public sealed class IndexModel(GetParticipantRecord read, GetPlan get, CreatePlan create, ReviewPlan review) : ParticipantFormPage(read)
{
    public PlanView? Plan { get; private set; }

    [BindProperty]
    public NewPlanForm NewPlan { get; set; } = new();

    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Plan = await get.ExecuteAsync(Id, ct);
        NewPlan.StartedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        Review.ReviewedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Plan = await get.ExecuteAsync(Id, ct);
        var command = new CreatePlanCommand
        {
            StartedOn = NewPlan.StartedOn,
            Incentives = NewPlan.Incentives,
            Goals = [.. NewPlan.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Description)).Select(g => new GoalCommand { Description = g.Description!, Area = g.Area })],
            Modules = [.. (NewPlan.Modules ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => new ModuleCommand { Name = name })],
        };
        return await FormOutcome.RunAsync(this, "NewPlan.", () => create.ExecuteAsync(Id, command, ct), () => RedirectToPage("Index", new { id = Id }));
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Plan = await get.ExecuteAsync(Id, ct);
        var command = new ReviewPlanCommand { ReviewedOn = Review.ReviewedOn, Summary = Review.Summary, Progress = Review.Progress };
        return await FormOutcome.RunAsync(this, "Review.", () => review.ExecuteAsync(Id, command, ct), () => RedirectToPage("Index", new { id = Id }));
    }

    public sealed class NewPlanForm
    {
        public DateOnly StartedOn { get; set; }

        public string? Incentives { get; set; }

        /// <summary>One module per line; empty takes the modules of the program's template.</summary>
        public string? Modules { get; set; }

        public List<GoalLine> Goals { get; set; } = [new() { Area = FormulationArea.Needs }, new() { Area = FormulationArea.Networks }, new() { Area = FormulationArea.Narratives }];
    }

    public sealed class GoalLine
    {
        public string? Description { get; set; }

        public FormulationArea Area { get; set; }
    }

    public sealed class ReviewForm
    {
        public DateOnly ReviewedOn { get; set; }

        public string? Summary { get; set; }

        public Dictionary<Guid, GoalProgressRating> Progress { get; set; } = [];
    }
}
