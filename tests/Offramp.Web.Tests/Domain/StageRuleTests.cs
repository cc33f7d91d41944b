using System.Net;

using Offramp.Core.Referrals;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Domain;

/// <summary>The path referred → … → closed: every change dated, invalid ones refused with the stages that are possible.</summary>
public sealed class StageRuleTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task An_invalid_stage_change_is_refused_listing_the_possible_stages(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var before = await RowCounts.TakeAsync(world);

        var response = await ChangeStageAsync(world, participant.Id, Stage.Intervention, TestWorld.Today);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("A participant cannot move from Referred to Intervention. Possible next stages: Screening, Declined, Transferred, Closed.",
            Assert.Single(problem.ErrorsFor("ToStage")));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
        Assert.Equal(Stage.Referred, await world.StageOfAsync(participant.Id));
    }

    [Theory]
    [BothProviders(Stage.Consented, "Record the consent itself")]
    [BothProviders(Stage.Withdrawn, "Withdraw the consent itself")]
    public async Task Consent_stages_are_reached_through_consent_only(DatabaseProviderKind provider, Stage target, string message)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, target == Stage.Consented ? Stage.Screening : Stage.Consented);

        var response = await ChangeStageAsync(world, participant.Id, target, TestWorld.Today);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith(message, problem.ErrorsFor("ToStage")[0], StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_stage_change_cannot_be_dated_before_the_previous_one(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Assessment);

        var response = await ChangeStageAsync(world, participant.Id, Stage.Intervention, TestWorld.DaysAgo(TestWorld.Days.Assessment + 1));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("cannot precede the previous stage change", problem.ErrorsFor("EffectiveOn")[0], StringComparison.Ordinal);
        Assert.Equal(Stage.Assessment, await world.StageOfAsync(participant.Id));
    }

    [Theory]
    [BothProviders]
    public async Task Only_the_director_closes_a_case_and_a_closed_case_takes_no_new_data(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Intervention);

        var byCaseworker = await ChangeStageAsync(world, participant.Id, Stage.Closed, TestWorld.Today);
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);

        var byDirector = await ChangeStageAsync(world, participant.Id, Stage.Closed, TestWorld.Today, Persona.Director);
        Assert.Equal(HttpStatusCode.NoContent, byDirector.StatusCode);
        Assert.Equal(Stage.Closed, await world.StageOfAsync(participant.Id));

        var reopen = await ChangeStageAsync(world, participant.Id, Stage.Aftercare, TestWorld.Today, Persona.Director);
        var problem = await ProblemJson.ReadAsync(reopen, HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("The record is closed.", problem.ErrorsFor("ToStage")[0], StringComparison.Ordinal);
        var session = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/sessions", TestWorld.NewSession());
        Assert.Equal(HttpStatusCode.Conflict, session.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Every_stage_change_is_dated_with_reason_and_who(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();

        await world.WalkToAsync(participant.Id, Stage.Intervention);

        var record = await world.GetRecordAsync(participant.Id);
        Assert.Equal(
            [(null, Stage.Referred), (Stage.Referred, Stage.Screening), (Stage.Screening, Stage.Consented), (Stage.Consented, Stage.Assessment), (Stage.Assessment, Stage.Intervention)],
            record.Stages.Select(s => (s.FromStage, s.ToStage)));
        Assert.Equal(
            [TestWorld.DaysAgo(60), TestWorld.DaysAgo(50), TestWorld.DaysAgo(40), TestWorld.DaysAgo(30), TestWorld.DaysAgo(20)],
            record.Stages.Select(s => s.EffectiveOn));
        Assert.All(record.Stages, s => Assert.Equal(nameof(Persona.CaseworkerA), s.ChangedBy));
        Assert.All(record.Stages, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Equal([Stage.Transition, Stage.Aftercare, Stage.FollowUp, Stage.Withdrawn, Stage.Transferred, Stage.Closed], record.NextStages);
    }

    [Theory]
    [BothProviders]
    public async Task A_declined_screening_ends_the_path(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();

        await world.ScreenAsync(participant.Id, ScreeningDecision.Declined);

        Assert.Equal(Stage.Declined, await world.StageOfAsync(participant.Id));
        var again = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/referrals/{participant.ReferralId}/screening",
            new RecordScreeningCommand { Decision = ScreeningDecision.Accepted, Reason = "Second look.", ScreenedOn = TestWorld.Today },
            await world.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Referrals.Where(r => r.Id == participant.ReferralId).Select(r => r.Version))));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private static async Task<HttpResponseMessage> ChangeStageAsync(TestWorld world, Guid participant, Stage to, DateOnly on, Persona by = Persona.CaseworkerA) =>
        await world.Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/stage",
            new ChangeStageCommand { ToStage = to, EffectiveOn = on, Reason = "Team decision." }, await world.VersionOfAsync(participant));
}
