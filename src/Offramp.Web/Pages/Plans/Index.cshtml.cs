using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Formulation;
using Offramp.Core.Participants.Read;
using Offramp.Core.Plans;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Plans;

/// <summary>The intervention plan: goals with progress, dose per module, reviews; forms to write the plan and to review it.</summary>
public sealed class IndexModel(GetParticipantRecord read, GetPlan get, CreatePlan create, ReviewPlan review, IClock clock) : ParticipantFormPage(read)
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

        await LoadPlanAsync(ct);
        NewPlan.StartedOn = clock.Today;
        Review.ReviewedOn = clock.Today;
        return Page();
    }

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        PostOneFormAsync("NewPlan.", () => LoadPlanAsync(ct), () => create.ExecuteAsync(Id, NewPlan.ToCommand(), ct), ct);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) =>
        PostOneFormAsync("Review.", () => LoadPlanAsync(ct), () => review.ExecuteAsync(Id, Review.ToCommand(), ct), ct);

    private async Task LoadPlanAsync(CancellationToken ct) => Plan = await get.ExecuteAsync(Id, ct);

    public sealed class NewPlanForm
    {
        public DateOnly StartedOn { get; set; }

        public string? Incentives { get; set; }

        /// <summary>One module per line; empty takes the modules of the program's template.</summary>
        public string? Modules { get; set; }

        public List<GoalLine> Goals { get; set; } = [new() { Area = FormulationArea.Needs }, new() { Area = FormulationArea.Networks }, new() { Area = FormulationArea.Narratives }];

        /// <summary>The plan as written: goal lines left empty are no goals.</summary>
        public CreatePlanCommand ToCommand() => new()
        {
            StartedOn = StartedOn,
            Incentives = Incentives,
            Goals = [.. Goals.Where(g => !string.IsNullOrWhiteSpace(g.Description)).Select(g => new GoalCommand { Description = g.Description!, Area = g.Area })],
            Modules = [.. (Modules ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => new ModuleCommand { Name = name })],
        };
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

        public ReviewPlanCommand ToCommand() => new() { ReviewedOn = ReviewedOn, Summary = Summary, Progress = Progress };
    }
}
