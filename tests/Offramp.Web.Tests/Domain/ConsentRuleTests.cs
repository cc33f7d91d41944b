using System.Net;

using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Domain;

/// <summary>Voluntary informed consent after an accepted screening; a guardian for minors; withdrawal stops new case data except justice events.</summary>
public sealed class ConsentRuleTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Consent_before_screening_is_refused(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var before = await RowCounts.TakeAsync(world);

        var response = await PostConsentAsync(world, participant.Id, TestWorld.NewConsent());

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("Screen the referral before recording consent.", problem.Detail);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task Consent_after_a_declined_screening_is_refused(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.ScreenAsync(participant.Id, ScreeningDecision.Declined);

        var response = await PostConsentAsync(world, participant.Id, TestWorld.NewConsent());

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("not at stage Declined", problem.Detail, StringComparison.Ordinal);
        Assert.Empty((await world.GetRecordAsync(participant.Id)).Consents);
    }

    [Theory]
    [BothProviders]
    public async Task Consent_must_be_informed_and_cover_participation(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Screening);
        var command = TestWorld.NewConsent();
        command.ParticipantInformed = false;
        command.CoversParticipation = false;

        var response = await PostConsentAsync(world, participant.Id, command);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor("ParticipantInformed"));
        Assert.NotEmpty(problem.ErrorsFor("CoversParticipation"));
        Assert.Equal(Stage.Screening, await world.StageOfAsync(participant.Id));
    }

    [Theory]
    [BothProviders]
    public async Task A_minor_needs_a_guardians_consent(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(customise: c => c.Identity.DateOfBirth = TestWorld.Today.AddYears(-16));
        await world.WalkToAsync(participant.Id, Stage.Screening);
        var before = await RowCounts.TakeAsync(world);

        var withoutGuardian = await PostConsentAsync(world, participant.Id, TestWorld.NewConsent());

        var problem = await ProblemJson.ReadAsync(withoutGuardian, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("guardian", problem.ErrorsFor("GuardianName")[0], StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.TakeAsync(world));

        var command = TestWorld.NewConsent();
        command.GuardianName = "Parent of the participant";
        command.GuardianConsented = true;
        var withGuardian = await PostConsentAsync(world, participant.Id, command);

        Assert.Equal(HttpStatusCode.Created, withGuardian.StatusCode);
        Assert.Equal(Stage.Consented, await world.StageOfAsync(participant.Id));
        Assert.True(Assert.Single((await world.GetRecordAsync(participant.Id)).Consents).GuardianConsented);
    }

    [Theory]
    [BothProviders]
    public async Task With_only_a_year_of_birth_the_doubtful_year_needs_a_guardian_too(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(customise: c => c.YearOfBirth = TestWorld.DaysAgo(TestWorld.Days.Consented).Year - 18);
        await world.WalkToAsync(participant.Id, Stage.Screening);

        var response = await PostConsentAsync(world, participant.Id, TestWorld.NewConsent());

        await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [BothProviders]
    public async Task An_adult_consents_without_a_guardian(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(customise: c => c.Identity.DateOfBirth = new DateOnly(1990, 5, 1));
        await world.WalkToAsync(participant.Id, Stage.Screening);

        var response = await PostConsentAsync(world, participant.Id, TestWorld.NewConsent());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await world.GetRecordAsync(participant.Id);
        Assert.True(record.EvaluationConsent);
        Assert.Equal(1990, record.YearOfBirth);
    }

    [Theory]
    [BothProviders]
    public async Task After_withdrawal_a_new_session_answers_409_but_a_justice_event_is_accepted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Intervention);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/consents/withdrawal",
            new WithdrawConsentCommand { WithdrawnOn = TestWorld.DaysAgo(3), Reason = "Wants to stop." }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.NoContent);
        var before = await RowCounts.TakeAsync(world);

        var session = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/sessions", TestWorld.NewSession());

        var problem = await ProblemJson.ReadAsync(session, HttpStatusCode.Conflict);
        Assert.Contains("Consent has been withdrawn", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, TestWorld.DaysAgo(1));
        var record = await world.GetRecordAsync(participant.Id);
        Assert.Equal(Stage.Withdrawn, record.Stage);
        Assert.True(record.ConsentWithdrawn);
        Assert.False(record.EvaluationConsent);
        Assert.Equal(TestWorld.DaysAgo(3), Assert.Single(record.Consents).WithdrawnOn);
        Assert.Contains(record.JusticeEvents, j => j.Kind == JusticeEventKind.ActualRelease);
    }

    [Theory]
    [BothProviders]
    public async Task Renewed_consent_after_withdrawal_reopens_the_case(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Consented);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/consents/withdrawal",
            new WithdrawConsentCommand { WithdrawnOn = TestWorld.DaysAgo(10) }, await world.VersionOfAsync(participant.Id)).ExpectAsync(HttpStatusCode.NoContent);

        await world.ConsentAsync(participant.Id, command: TestWorld.NewConsent(TestWorld.DaysAgo(5)));

        Assert.Equal(Stage.Consented, await world.StageOfAsync(participant.Id));
        await world.LogSessionAsync(participant.Id, Persona.CaseworkerA);
    }

    [Theory]
    [BothProviders]
    public async Task Withdrawing_without_an_active_consent_answers_409(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/consents/withdrawal",
            new WithdrawConsentCommand { WithdrawnOn = TestWorld.Today }, await world.VersionOfAsync(participant.Id));

        Assert.Equal("There is no active consent to withdraw.", (await ProblemJson.ReadAsync(response, HttpStatusCode.Conflict)).Detail);
    }

    private static async Task<HttpResponseMessage> PostConsentAsync(TestWorld world, Guid participant, RecordConsentCommand command) =>
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/consents", command, await world.VersionOfAsync(participant));
}
