using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Closure;
using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Outcomes;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Outcomes;

/// <summary>Outcomes in the taxonomy: bad input refused without trace, recorded after closure, retracted not deleted.</summary>
public sealed class OutcomeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task An_outcome_of_an_unknown_type_is_refused_with_a_clear_message_and_nothing_is_stored(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var url = $"/api/v1/participants/{participant.Id}/outcomes";
        var client = world.Client(Persona.CaseworkerA);

        var unknown = await ProblemJson.ReadAsync(await client.SendRawJsonAsync(HttpMethod.Post, url,
            $$"""{"type":"Promotion","occurredOn":"{{TestWorld.DaysAgo(3):yyyy-MM-dd}}","source":"Participant","confidence":"Reported"}"""), HttpStatusCode.BadRequest);
        Assert.Contains("$.type", unknown.Detail, StringComparison.Ordinal);
        var numeric = await ProblemJson.ReadAsync(await client.SendRawJsonAsync(HttpMethod.Post, url,
            $$"""{"type":99,"occurredOn":"{{TestWorld.DaysAgo(3):yyyy-MM-dd}}","source":"Participant","confidence":"Reported"}"""), HttpStatusCode.BadRequest);
        Assert.Contains("$.type", numeric.Detail, StringComparison.Ordinal);
        var suspectedConviction = await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url,
            TestWorld.NewOutcome(OutcomeType.ReconvictionTerrorism, TestWorld.DaysAgo(3), OutcomeConfidence.Suspected)), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(suspectedConviction.ErrorsFor("Confidence"));

        Assert.Equal(0, await world.DbAsync(db => db.Set<OutcomeEvent>().CountAsync(o => o.ParticipantId == participant.Id)));
    }

    [Theory]
    [BothProviders]
    public async Task Outcomes_and_follow_ups_continue_after_closure_but_other_open_work_ends(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(10)));
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, TestWorld.DaysAgo(5));

        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/closure",
            new CloseCaseCommand { Reason = ClosureReason.Completed, Note = "Plan completed.", ClosedOn = TestWorld.DaysAgo(1) }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.Forbidden);
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/closure",
            new CloseCaseCommand { Reason = ClosureReason.Completed, Note = "Plan completed.", ClosedOn = TestWorld.DaysAgo(1) }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.NoContent);

        var open = await world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().Where(t => t.ParticipantId == participant.Id && t.Status == CaseTaskStatus.Open).Select(t => t.Kind).ToListAsync());
        Assert.Equal(6, open.Count);
        Assert.All(open, kind => Assert.Equal(TaskKinds.FollowUp, kind));
        var outcomeId = await world.RecordOutcomeAsync(participant.Id, TestWorld.NewOutcome(OutcomeType.Employment, TestWorld.DaysAgo(1)));

        var version = await world.DbAsync(db => db.Set<OutcomeEvent>().Where(o => o.Id == outcomeId).Select(o => o.Version).SingleAsync());
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/outcomes/{outcomeId}/retraction",
            new RetractOutcomeCommand { Reason = "Wrong participant." }, version).ExpectAsync(HttpStatusCode.NoContent);
        var outcomes = await (await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant.Id}/outcomes").ExpectAsync(HttpStatusCode.OK))
            .ReadJsonAsync<List<OutcomeView>>();
        var outcome = Assert.Single(outcomes);
        Assert.Equal((OutcomeType.Employment, true, "Wrong participant."), (outcome.Type, outcome.Positive, outcome.RetractionReason));
    }

    [Theory]
    [BothProviders]
    public async Task No_outcome_is_recorded_once_consent_is_withdrawn(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/consents/withdrawal",
            new WithdrawConsentCommand { WithdrawnOn = TestWorld.DaysAgo(1), Reason = "Does not want to continue." }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.NoContent);

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/outcomes",
            TestWorld.NewOutcome(OutcomeType.Housing, TestWorld.DaysAgo(1)));

        Assert.Contains("withdrawn", (await ProblemJson.ReadAsync(response, HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
    }
}
