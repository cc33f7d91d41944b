using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.BreakGlass;
using Offramp.Core.DataProtection;
using Offramp.Core.Participants.Read;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.BreakGlass;

/// <summary>
/// Emergency access with a test clock: read-only, at most 60 minutes, loud in the audit trail, and reviewed by the
/// director afterwards.
/// </summary>
public sealed class BreakGlassTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static readonly BreakGlassRequestCommand Emergency = new() { Reason = "Out-of-hours call: participant in crisis at the station.", Minutes = 60 };

    [Theory]
    [BothProviders]
    public async Task Access_lasts_sixty_minutes_on_the_clock_and_is_read_only(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        await world.WalkToAsync(participant, Stage.Intervention);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        using var app = world.WithClock(clock);
        using var stranger = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        stranger.DefaultRequestHeaders.Authorization = new("Bearer", world.Account(Persona.CaseworkerB).WriteToken);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/participants/{participant}")).StatusCode);
        await world.RecordStepUpAsync(world.UserId(Persona.CaseworkerB));
        var grant = await (await stranger.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/break-glass", Emergency)
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<BreakGlassGrantView>();
        Assert.Equal(clock.UtcNow.AddMinutes(60), grant.ExpiresAt);

        var record = await (await stranger.GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<ParticipantRecord>();
        Assert.Equal("Test", record.Identity.GivenName);
        var sessionProblem = await ProblemJson.ReadAsync(
            await stranger.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", TestWorld.NewSession()), HttpStatusCode.Forbidden);
        Assert.Equal("An emergency access is read-only: only the case team records sessions.", sessionProblem.Detail);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await stranger.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/stage",
                new ChangeStageCommand { ToStage = Stage.Transition, EffectiveOn = TestWorld.DaysAgo(1), Reason = "x" }, await world.VersionOfAsync(participant))).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(59));
        await stranger.GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/participants/{participant}")).StatusCode);

        var loud = await world.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.ParticipantId == participant && e.UserId == world.UserId(Persona.CaseworkerB))
            .Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.BreakGlassGranted, loud);
        Assert.Equal(2, loud.Count(a => a == AuditActions.BreakGlassRead));
    }

    [Theory]
    [BothProviders]
    public async Task An_emergency_access_is_reviewed_by_the_director_and_escalation_ends_it(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        await world.RecordStepUpAsync(world.UserId(Persona.CaseworkerB));
        var grant = await (await world.Client(Persona.CaseworkerB).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/break-glass", Emergency)
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<BreakGlassGrantView>();
        var tasks = await (await world.Client(Persona.Director).GetAsync("/api/v1/worklist").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<WorklistItem>>();
        Assert.Contains(tasks, t => t.ParticipantId == participant && t.Kind == TaskKinds.AccessReview);
        var pending = await (await world.Client(Persona.Director).GetAsync("/api/v1/break-glass?pendingReview=true").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<BreakGlassGrantView>>();
        Assert.Equal(Emergency.Reason, Assert.Single(pending, g => g.Id == grant.Id).Reason);

        var review = new ReviewBreakGlassCommand { Outcome = BreakGlassReview.Escalated, Note = "No emergency on record at the station." };
        Assert.Equal(HttpStatusCode.NotFound,
            (await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/break-glass/{grant.Id}/review", review, grant.Version)).StatusCode);
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/break-glass/{grant.Id}/review", review, grant.Version)
            .ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.CaseworkerB).GetAsync($"/api/v1/participants/{participant}")).StatusCode);
        Assert.False(await world.DbAsync(db => db.Set<CaseTask>().AnyAsync(t => t.SourceId == grant.Id && t.Status == CaseTaskStatus.Open)));
    }

    [Theory]
    [BothProviders(Persona.Evaluator, HttpStatusCode.NotFound)]
    [BothProviders(Persona.OrganisationAdmin, HttpStatusCode.NotFound)]
    [BothProviders(Persona.Auditor, HttpStatusCode.NotFound)]
    [BothProviders(Persona.CaseworkerA, HttpStatusCode.Conflict)]
    [BothProviders(Persona.OtherOrganisationDirector, HttpStatusCode.NotFound)]
    public async Task Only_staff_outside_the_scope_of_their_own_organisation_can_break_the_glass(DatabaseProviderKind provider, Persona caller, HttpStatusCode expected)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;

        var response = await world.Client(caller).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/break-glass", Emergency);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(await world.DbAsync(db => db.Set<BreakGlassGrant>().AnyAsync(g => g.ParticipantId == participant)));
    }

    /// <summary>
    /// POST /api/v1/participants/{existing id}/break-glass and POST /api/v1/participants/{random id}/break-glass with
    /// {"reason":"Out-of-hours call: participant in crisis at the station.","minutes":60} as an evaluator, admin or auditor:
    /// both 404 with the same body, so the answer does not tell whether the participant exists.
    /// </summary>
    [Theory]
    [BothProviders(Persona.Evaluator)]
    [BothProviders(Persona.OrganisationAdmin)]
    [BothProviders(Persona.Auditor)]
    public async Task Roles_that_never_read_cases_get_the_same_404_for_an_existing_and_a_random_participant(DatabaseProviderKind provider, Persona caller)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;

        var existing = await world.Client(caller).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/break-glass", Emergency);
        var random = await world.Client(caller).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{Guid.NewGuid()}/break-glass", Emergency);

        var existingProblem = await ProblemJson.ReadAsync(existing, HttpStatusCode.NotFound);
        var randomProblem = await ProblemJson.ReadAsync(random, HttpStatusCode.NotFound);
        Assert.Equal(randomProblem.WithoutTraceId(), existingProblem.WithoutTraceId());
    }

    [Theory]
    [BothProviders]
    public async Task More_than_sixty_minutes_or_no_reason_is_refused(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;

        var response = await world.Client(Persona.CaseworkerB).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/break-glass",
            new BreakGlassRequestCommand { Reason = "", Minutes = 240 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("Minutes", problem, StringComparison.Ordinal);
        Assert.Contains("Reason", problem, StringComparison.Ordinal);
    }

    private sealed class ChangeStageCommand
    {
        public Stage ToStage { get; set; }

        public DateOnly EffectiveOn { get; set; }

        public string Reason { get; set; } = "";
    }
}
