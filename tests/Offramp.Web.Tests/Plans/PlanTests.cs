using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Plans;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Sessions;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Plans;

/// <summary>The plan: formulation first, the three-month review cycle on the worklist, and delivered against expected dose.</summary>
public sealed class PlanTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Reviews_come_every_three_months_on_the_worklist_and_each_review_schedules_the_next(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var started = TestWorld.DaysAgo(100);
        var planId = await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(started, "Mentoring"));

        var first = Assert.Single(await OpenReviewTasksAsync(world, planId));
        Assert.Equal(started.AddMonths(3), first.DueOn);
        Assert.Contains(await WorklistAsync(world, Persona.CaseworkerA), i => i.Id == first.Id && i.Overdue == (first.DueOn < TestWorld.Today));

        var plan = await world.GetPlanAsync(participant.Id);
        var reviewedOn = TestWorld.DaysAgo(1);
        await world.Client(Persona.Psychologist).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/plan/reviews", Review(plan, reviewedOn))
            .ExpectAsync(HttpStatusCode.NotFound);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/plan/reviews", Review(plan, reviewedOn))
            .ExpectAsync(HttpStatusCode.Created);

        var next = Assert.Single(await OpenReviewTasksAsync(world, planId));
        Assert.Equal(reviewedOn.AddMonths(3), next.DueOn);
        Assert.Equal(CaseTaskStatus.Done, (await world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().SingleAsync(t => t.Id == first.Id))).Status);
        var reviewed = await world.GetPlanAsync(participant.Id);
        Assert.Equal(reviewedOn.AddMonths(3), reviewed.NextReviewOn);
        Assert.All(reviewed.Goals, g => Assert.Equal(GoalProgressRating.SomeProgress, g.LatestProgress));
    }

    [Theory]
    [BothProviders]
    public async Task A_review_without_a_plan_or_dated_before_it_is_refused_and_changes_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var client = world.Client(Persona.CaseworkerA);
        var url = $"/api/v1/participants/{participant.Id}/plan/reviews";

        var noPlan = await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url, new ReviewPlanCommand { ReviewedOn = TestWorld.DaysAgo(1) }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no active plan", noPlan.ErrorsFor("ReviewedOn")[0], StringComparison.Ordinal);

        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(10)));
        var plan = await world.GetPlanAsync(participant.Id);
        var early = await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url, Review(plan, TestWorld.DaysAgo(11))), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("cannot precede the plan", early.ErrorsFor("ReviewedOn")[0], StringComparison.Ordinal);

        Assert.Equal(0, await world.DbAsync(db => db.Set<PlanReview>().CountAsync(r => r.ParticipantId == participant.Id)));
        Assert.Single(await OpenReviewTasksAsync(world, plan.Id));
    }

    [Theory]
    [BothProviders]
    public async Task A_plan_needs_a_formulation_first(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/plan", TestWorld.NewPlan(TestWorld.DaysAgo(5)));

        Assert.Contains("formulation first", (await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).ErrorsFor("Goals")[0], StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<InterventionPlan>().CountAsync(p => p.ParticipantId == participant.Id)));
    }

    [Theory]
    [BothProviders]
    public async Task Delivered_dose_counts_sessions_and_minutes_per_module_against_the_expected_dose(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(30), "Identity", "Problem solving"));
        var plan = await world.GetPlanAsync(participant.Id);
        var identity = plan.Modules.Single(m => m.Name == "Identity").Id;
        var problemSolving = plan.Modules.Single(m => m.Name == "Problem solving").Id;
        foreach (var (module, minutes) in new[] { (identity, 60), (identity, 90), (problemSolving, 75), ((Guid?)null, 30) }.Select(x => ((Guid?)x.Item1, x.Item2)))
        {
            var session = TestWorld.NewSession();
            session.ModuleId = module;
            session.DurationMinutes = minutes;
            await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/sessions", session).ExpectAsync(HttpStatusCode.Created);
        }

        var dose = (await world.GetPlanAsync(participant.Id)).Modules.ToDictionary(m => m.Name);
        Assert.Equal((2, 150, 10, 600), (dose["Identity"].DeliveredSessions, dose["Identity"].DeliveredMinutes, dose["Identity"].ExpectedSessions!.Value, dose["Identity"].ExpectedMinutes!.Value));
        Assert.Equal((1, 75), (dose["Problem solving"].DeliveredSessions, dose["Problem solving"].DeliveredMinutes));
        Assert.Equal(0.2, dose["Identity"].SessionShare);

        var other = await world.ParticipantInInterventionAsync();
        var foreign = TestWorld.NewSession();
        foreign.ModuleId = identity;
        var refused = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{other.Id}/sessions", foreign);
        Assert.Contains("not part of this participant's plan", (await ProblemJson.ReadAsync(refused, HttpStatusCode.UnprocessableEntity)).ErrorsFor("ModuleId")[0], StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Sessions.CountAsync(s => s.ParticipantId == other.Id)));
    }

    [Theory]
    [BothProviders]
    public async Task A_plan_takes_its_modules_and_expected_dose_from_the_programs_template(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var admin = world.Client(Persona.OrganisationAdmin);
        await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/catalogue/templates/shipped").ExpectAsync(HttpStatusCode.OK);
        var templates = await (await world.Client(Persona.CaseworkerB).GetAsync("/api/v1/catalogue/templates").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<TemplateView>>();
        Assert.Equal(["back-on-track", "entre", "healthy-identity-intervention", "iraq-drp", "sri-lanka-rehabilitation"], templates.Select(t => t.Key).Order());
        // The Iraq program's model holds only what the seeds say, and says what they do not.
        var iraq = templates.Single(t => t.Key == "iraq-drp");
        Assert.Equal(Core.Organisations.ProgramKind.DetentionOrCamp, iraq.Kind);
        Assert.Contains("800 juveniles", iraq.TargetGroup, StringComparison.Ordinal);
        Assert.Contains("Recidivism", iraq.SuccessMeasure, StringComparison.Ordinal);
        Assert.Equal(["Psychological counselling", "Islamic challenge"], iraq.Modules.Select(m => m.Name));
        Assert.All(iraq.Modules, m => Assert.Null(m.ExpectedSessions));
        Assert.Empty(iraq.FollowUpMonths);
        Assert.Contains("no dose", iraq.SourceGaps, StringComparison.Ordinal);
        // HII's modules follow the assessment (AssessmentDrivenPlanTests); the others offer every module to every plan.
        var hii = templates.Single(t => t.Key == "healthy-identity-intervention");
        Assert.Equal(8, hii.Modules.Count);
        Assert.Equal(7, hii.Modules.Count(m => m.IndicatedBy is { Instrument: "Open Pathways Review" }));
        Assert.Contains("the demo's illustration", hii.Description, StringComparison.Ordinal);
        var entre = templates.Single(t => t.Key == "entre");
        Assert.All(templates.Where(t => t.Key != hii.Key).SelectMany(t => t.Modules), m => Assert.Null(m.IndicatedBy));
        await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/admin/programs/{world.SecondProgramId}/settings", new ProgramSettingsCommand { TemplateId = entre.Id })
            .ExpectAsync(HttpStatusCode.NoContent);
        var participant = await world.RegisterParticipantAsync(Persona.CaseworkerB, world.SecondProgramId);
        await world.WalkToAsync(participant.Id, Offramp.Core.Stages.Stage.Intervention, Persona.CaseworkerB);

        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(3)), Persona.CaseworkerB);

        var plan = await world.GetPlanAsync(participant.Id, Persona.CaseworkerB);
        Assert.NotEmpty(entre.Modules);
        Assert.Equal(entre.Modules.Select(m => (m.Name, m.ExpectedSessions)), plan.Modules.Select(m => (m.Name, m.ExpectedSessions)));
        Assert.All(plan.Modules, m => Assert.Equal(PlanModuleBasis.Template, m.Basis));
        Assert.Equal(entre.Id, plan.TemplateId);
    }

    private static ReviewPlanCommand Review(PlanView plan, DateOnly reviewedOn) => new()
    {
        ReviewedOn = reviewedOn,
        Summary = "Engaged; first job interview.",
        Progress = plan.Goals.ToDictionary(g => g.Id, _ => GoalProgressRating.SomeProgress),
    };

    private static Task<List<CaseTask>> OpenReviewTasksAsync(TestWorld world, Guid planId) =>
        world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().Where(t => t.SourceId == planId && t.Kind == TaskKinds.PlanReview && t.Status == CaseTaskStatus.Open).ToListAsync());

    private static async Task<List<WorklistItem>> WorklistAsync(TestWorld world, Persona persona) =>
        await (await world.Client(persona).GetAsync("/api/v1/worklist?horizonDays=365").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<WorklistItem>>();
}
