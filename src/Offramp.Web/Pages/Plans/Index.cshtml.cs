using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Formulation;
using Offramp.Core.Participants.Read;
using Offramp.Core.Plans;
using Offramp.Core.Plans.Proposals;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Plans;

/// <summary>
/// The intervention plan: goals with progress, dose per module and why each module is in it, reviews; forms to write
/// the plan (with the modules the template proposes and why, and a reason for each one added against the proposal) and
/// to review it, next to what the latest agreed assessment indicates now.
/// </summary>
public sealed class IndexModel(GetParticipantRecord read, GetPlan get, CreatePlan create, ReviewPlan review, ProposePlanModules propose, IClock clock) : ParticipantFormPage(read)
{
    public PlanView? Plan { get; private set; }

    /// <summary>What the template proposes and why; for an active plan, what the latest agreed assessment indicates now.</summary>
    public PlanProposal? Proposal { get; private set; }

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
        PostOneFormAsync("NewPlan.", () => LoadPlanAsync(ct), () => CreateAsync(ct), ct);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) =>
        PostOneFormAsync("Review.", () => LoadPlanAsync(ct), () => review.ExecuteAsync(Id, Review.ToCommand(), ct), ct);

    private async Task LoadPlanAsync(CancellationToken ct)
    {
        Plan = await get.ExecuteAsync(Id, ct);
        if (Plan is null || Plan.Status == PlanStatus.Active)
        {
            Proposal = await propose.ExecuteAsync(Id, null, ct);
        }
    }

    /// <summary>The command numbers only the modules ticked; its messages are put back on the rows the practitioner sees.</summary>
    private async Task CreateAsync(CancellationToken ct)
    {
        var (command, rows) = NewPlan.ToCommandWithRows();
        try
        {
            await create.ExecuteAsync(Id, command, ct);
        }
        catch (DomainException e) when (e.FieldWordings.Keys.Any(k => k.StartsWith("AddedModules[", StringComparison.Ordinal)))
        {
            throw e.WithFieldsRenamed(field => RowField(field, rows));
        }
    }

    private static string RowField(string field, IReadOnlyList<int> rows)
    {
        if (!field.StartsWith("AddedModules[", StringComparison.Ordinal))
        {
            return field;
        }

        var end = field.IndexOf(']', StringComparison.Ordinal);
        var index = int.Parse(field["AddedModules[".Length..end], System.Globalization.CultureInfo.InvariantCulture);
        return $"Choices[{rows[index]}]{field[(end + 1)..]}";
    }

    public sealed class NewPlanForm
    {
        public DateOnly StartedOn { get; set; }

        public string? Incentives { get; set; }

        /// <summary>One module per line; empty takes the modules of the program's template.</summary>
        public string? Modules { get; set; }

        /// <summary>The template's modules that are not proposed, each of which the practitioner may add with a reason.</summary>
        public List<ModuleChoiceLine> Choices { get; set; } = [];

        public List<GoalLine> Goals { get; set; } = [new() { Area = FormulationArea.Needs }, new() { Area = FormulationArea.Networks }, new() { Area = FormulationArea.Narratives }];

        /// <summary>The plan as written: goal lines left empty are no goals; ticked modules are added with their reason.</summary>
        public (CreatePlanCommand Command, IReadOnlyList<int> Rows) ToCommandWithRows()
        {
            var ticked = Choices.Select((c, i) => (Choice: c, Row: i)).Where(x => x.Choice.Add).ToList();
            return (new CreatePlanCommand
            {
                StartedOn = StartedOn,
                Incentives = Incentives,
                Goals = [.. Goals.Where(g => !string.IsNullOrWhiteSpace(g.Description)).Select(g => new GoalCommand { Description = g.Description!, Area = g.Area })],
                Modules = [.. (Modules ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(name => new ModuleCommand { Name = name })],
                AddedModules = [.. ticked.Select(x => new AddedModuleCommand { TemplateModuleId = x.Choice.TemplateModuleId, Reason = x.Choice.Reason ?? "" })],
            }, [.. ticked.Select(x => x.Row)]);
        }
    }

    public sealed class ModuleChoiceLine
    {
        public Guid TemplateModuleId { get; set; }

        public bool Add { get; set; }

        public string? Reason { get; set; }
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
