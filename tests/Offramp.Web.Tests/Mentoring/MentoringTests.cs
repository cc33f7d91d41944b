using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Mentoring;
using Offramp.Core.Network;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Mentoring;

/// <summary>Matching with reasons, agreement reviews every three months, renegotiation and ending; family involvement rules.</summary>
public sealed class MentoringTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_matched_mentor_joins_the_team_and_the_agreement_is_reviewed_every_three_months_until_ended(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(customise: c => c.Languages = "Arabic, Danish");
        await world.WalkToAsync(participant.Id, Offramp.Core.Stages.Stage.Intervention);
        await world.RegisterMentorAsync();
        var mentor = world.Client(Persona.Mentor);
        await mentor.GetAsync($"/api/v1/participants/{participant.Id}").ExpectAsync(HttpStatusCode.NotFound);

        var suggestions = await (await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant.Id}/mentor-suggestions")
            .ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<MentorSuggestion>>();
        var suggestion = Assert.Single(suggestions);
        Assert.Contains("speaks Arabic", suggestion.Reasons);

        var started = TestWorld.DaysAgo(95);
        var agreementId = await world.MatchMentorAsync(participant.Id, started);
        await mentor.GetAsync($"/api/v1/participants/{participant.Id}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(started.AddMonths(3), Assert.Single(await OpenTasksAsync(world, agreementId)).DueOn);

        var renegotiated = TestWorld.DaysAgo(2);
        await ReviewAsync(world, Persona.Mentor, participant.Id, agreementId, new ReviewAgreementCommand
        {
            ReviewedOn = renegotiated,
            Decision = AgreementDecision.Renegotiated,
            Reason = "Found work; evenings only.",
            MeetingsPerMonth = 2,
        }).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(renegotiated.AddMonths(3), Assert.Single(await OpenTasksAsync(world, agreementId)).DueOn);

        var bare = await ProblemJson.ReadAsync(await ReviewAsync(world, Persona.CaseworkerA, participant.Id, agreementId,
            new ReviewAgreementCommand { ReviewedOn = TestWorld.DaysAgo(1), Decision = AgreementDecision.Ended }), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(bare.ErrorsFor("Reason"));

        await ReviewAsync(world, Persona.CaseworkerA, participant.Id, agreementId,
            new ReviewAgreementCommand { ReviewedOn = TestWorld.DaysAgo(1), Decision = AgreementDecision.Ended, Reason = "Goals reached." }).ExpectAsync(HttpStatusCode.Created);
        Assert.Empty(await OpenTasksAsync(world, agreementId));
        var agreements = await (await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant.Id}/mentoring-agreements")
            .ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<AgreementView>>();
        var agreement = Assert.Single(agreements);
        Assert.Equal((AgreementStatus.Ended, 2, 2), (agreement.Status, agreement.MeetingsPerMonth, agreement.Reviews.Count));
        Assert.Equal("Shared language; mentor left the same movement.", agreement.MatchReasons);
    }

    [Theory]
    [BothProviders]
    public async Task Family_is_involved_only_as_a_positive_resource_and_with_consent_to_family_contact(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.ScreenAsync(participant.Id);
        var consent = TestWorld.NewConsent();
        consent.CoversFamilyContact = false;
        await world.ConsentAsync(participant.Id, command: consent);
        var client = world.Client(Persona.CaseworkerA);
        var url = $"/api/v1/participants/{participant.Id}/network";

        var risk = await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url,
            new NetworkTieCommand { Relation = TieRelation.FormerAssociate, Description = "Old comrade", Assessment = TieAssessment.Risk, InvolvedInProgram = true }), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(risk.ErrorsFor("InvolvedInProgram"));
        var family = await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url,
            new NetworkTieCommand { Relation = TieRelation.Family, Description = "Mother", Assessment = TieAssessment.PositiveResource, InvolvedInProgram = true }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not consented to family contact", family.ErrorsFor("InvolvedInProgram")[0], StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<NetworkTie>().CountAsync(t => t.ParticipantId == participant.Id)));

        await client.SendJsonAsync(HttpMethod.Post, url,
            new NetworkTieCommand { Relation = TieRelation.Family, Description = "Mother", Assessment = TieAssessment.PositiveResource, InvolvedInProgram = false }).ExpectAsync(HttpStatusCode.Created);
        await client.SendJsonAsync(HttpMethod.Post, url,
            new NetworkTieCommand { Relation = TieRelation.FormerAssociate, Description = "Old comrade", Assessment = TieAssessment.Risk }).ExpectAsync(HttpStatusCode.Created);
        var ties = await (await client.GetAsync(url).ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<NetworkTieView>>();
        Assert.Equal([TieAssessment.Risk, TieAssessment.PositiveResource], ties.Select(t => t.Assessment));
    }

    private static async Task<HttpResponseMessage> ReviewAsync(TestWorld world, Persona by, Guid participantId, Guid agreementId, ReviewAgreementCommand command)
    {
        var version = await world.DbAsync(db => db.Set<MentoringAgreement>().Where(a => a.Id == agreementId).Select(a => a.Version).SingleAsync());
        return await world.Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/mentoring-agreements/{agreementId}/reviews", command, version);
    }

    private static Task<List<CaseTask>> OpenTasksAsync(TestWorld world, Guid agreementId) =>
        world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().Where(t => t.SourceId == agreementId && t.Status == CaseTaskStatus.Open).ToListAsync());
}
