using System.Net;
using System.Security.Cryptography;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Disclosure;
using Offramp.Core.Safeguarding;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Disclosure;

/// <summary>
/// Only the program director discloses, with a fresh step-up, from the organisation's lists, releasing exactly the
/// previewed minimum with its hash; the team learns of it only when the director shares it.
/// </summary>
public sealed class DisclosureTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_concern_from_the_team_lands_on_the_directors_worklist(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);

        var concernId = await world.RaiseConcernAsync(participant, Persona.Mentor);

        var worklist = await (await world.Client(Persona.Director).GetAsync("/api/v1/worklist").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<WorklistItem>>();
        var task = Assert.Single(worklist, t => t.ParticipantId == participant && t.Kind == TaskKinds.Concern);
        Assert.Equal(TaskAudience.ProgramDirectors, task.Audience);
        var mentorsList = await (await world.Client(Persona.Mentor).GetAsync("/api/v1/worklist").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<WorklistItem>>();
        Assert.DoesNotContain(mentorsList, t => t.ParticipantId == participant && t.Kind == TaskKinds.Concern);
        var concern = await world.DbAsync(db => db.Set<Concern>().AsNoTracking().SingleAsync(c => c.Id == concernId));
        Assert.DoesNotContain("weapon", Encoding.UTF8.GetString(concern.ObservationSealed!), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders(Persona.CaseworkerA, HttpStatusCode.Forbidden)]
    [BothProviders(Persona.Psychologist, HttpStatusCode.Forbidden)]
    [BothProviders(Persona.CaseworkerB, HttpStatusCode.NotFound)]
    [BothProviders(Persona.OtherOrganisationDirector, HttpStatusCode.NotFound)]
    public async Task Nobody_but_the_director_can_disclose_even_with_a_valid_step_up(DatabaseProviderKind provider, Persona caller, HttpStatusCode expected)
    {
        var (world, participant) = await CaseAsync(provider);

        var response = await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure(), caller, await world.FreshStepUpCodeAsync(caller));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, await world.DbAsync(db => db.Set<DisclosureEntry>().CountAsync(e => e.ParticipantId == participant)));
    }

    [Theory]
    [BothProviders]
    public async Task A_director_without_a_fresh_step_up_cannot_disclose(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var director = world.UserId(Persona.Director);

        // No step-up at all (earlier tests of this world stepped up: forget those), then a wrong code, then one older than five minutes.
        await world.DbAsync(db => db.Set<StepUpRecord>().Where(s => s.UserId == director).ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure(), stepUpCode: "000000")).StatusCode);
        await world.RecordStepUpAsync(director, DateTimeOffset.UtcNow.AddMinutes(-6));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure())).StatusCode);

        Assert.Equal(0, await world.DbAsync(db => db.Set<DisclosureEntry>().CountAsync(e => e.ParticipantId == participant)));
    }

    [Theory]
    [BothProviders]
    public async Task The_register_holds_exactly_the_previewed_content_and_its_hash(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var concernId = await world.RaiseConcernAsync(participant);
        var fields = new[] { DisclosableField.GivenName, DisclosableField.FamilyName, DisclosableField.ConcernObservation };

        var preview = await (await world.Client(Persona.Director)
            .GetAsync($"/api/v1/participants/{participant}/disclosures/preview?fields=GivenName,FamilyName,ConcernObservation&concernId={concernId}")
            .ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<DisclosurePreview>();
        var decision = await (await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure(concernId, fields), stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director))
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<DisclosureDecision>();

        Assert.Equal(["GivenName", "FamilyName", "ConcernObservation"], preview.Items.Select(i => i.Field.ToString()));
        Assert.Equal("Test", preview.Items[0].Value);
        Assert.True(decision.Released);
        Assert.Equal(preview.Sha256, decision.ContentSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(preview.Content))), decision.ContentSha256);
        var register = await ListAsync(world, participant, Persona.Director);
        var entry = Assert.Single(register);
        Assert.Equal(preview.Content, entry.Content);
        Assert.DoesNotContain("NationalId", entry.Content!, StringComparison.Ordinal);
        Assert.Equal(ConcernStatus.Disclosed, await world.DbAsync(db => db.Set<Concern>().Where(c => c.Id == concernId).Select(c => c.Status).SingleAsync()));
        Assert.False(await world.DbAsync(db => db.Set<CaseTask>().AnyAsync(t => t.SourceId == concernId && t.Status == CaseTaskStatus.Open)));
    }

    [Theory]
    [BothProviders]
    public async Task Thresholds_and_agencies_come_from_the_organisations_lists(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var command = TestWorld.NewDisclosure();
        command.RecipientAgency = "A friendly journalist";
        command.Threshold = "Gut feeling";

        var response = await world.SendDisclosureAsync(participant, command, stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Imminent risk of violence to others", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_decision_not_to_disclose_is_recorded_too(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var concernId = await world.RaiseConcernAsync(participant);
        var command = new DecideDisclosureCommand { Disclose = false, ConcernId = concernId, Rationale = "No imminent risk: talk, no plan or means." };

        await world.SendDisclosureAsync(participant, command, stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director)).ExpectAsync(HttpStatusCode.Created);

        var entry = Assert.Single(await ListAsync(world, participant, Persona.Director));
        Assert.Equal(DisclosureEntryKind.DecisionNotToDisclose, entry.Kind);
        Assert.Null(entry.Content);
        Assert.Equal("No imminent risk: talk, no plan or means.", entry.Rationale);
        Assert.Equal(ConcernStatus.NotDisclosed, await world.DbAsync(db => db.Set<Concern>().Where(c => c.Id == concernId).Select(c => c.Status).SingleAsync()));
    }

    [Theory]
    [BothProviders]
    public async Task The_team_sees_a_disclosure_only_once_the_director_shares_it(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var decision = await (await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure(), stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director))
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<DisclosureDecision>();

        Assert.Empty(await ListAsync(world, participant, Persona.CaseworkerA));
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/disclosures/{decision.EntryId}/team-share")
            .ExpectAsync(HttpStatusCode.Forbidden);
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/disclosures/{decision.EntryId}/team-share")
            .ExpectAsync(HttpStatusCode.Created);

        var seen = Assert.Single(await ListAsync(world, participant, Persona.CaseworkerA));
        Assert.True(seen.SharedWithTeam);
        Assert.Null(seen.Rationale);
        Assert.Contains("\"GivenName\":\"Test\"", seen.Content!, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_register_is_append_only_a_correction_is_a_new_entry(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var decision = await (await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure(), stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director))
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<DisclosureDecision>();
        var entryUrl = $"/api/v1/participants/{participant}/disclosures/{decision.EntryId}";

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            var response = await world.Client(Persona.Director).SendJsonAsync(method, entryUrl, TestWorld.NewDisclosure(), ifMatch: 1);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method} answered {response.StatusCode}");
        }

        // Even straight SQL cannot change or delete an entry: the database refuses.
        await Assert.ThrowsAnyAsync<Exception>(() => world.DbAsync(db =>
            db.Set<DisclosureEntry>().Where(e => e.Id == decision.EntryId).ExecuteUpdateAsync(s => s.SetProperty(e => e.RecipientAgency, "Nobody"))));
        await Assert.ThrowsAnyAsync<Exception>(() => world.DbAsync(db => db.Set<DisclosureEntry>().Where(e => e.Id == decision.EntryId).ExecuteDeleteAsync()));

        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"{entryUrl}/corrections", new DisclosureFollowUpCommand { Note = "The agency was the regional police unit." })
            .ExpectAsync(HttpStatusCode.Created);
        var register = await ListAsync(world, participant, Persona.Director);
        Assert.Equal([DisclosureEntryKind.Disclosure, DisclosureEntryKind.Correction], register.Select(e => e.Kind));
        Assert.Equal(decision.EntryId, register[1].RefersToEntryId);
        Assert.Equal(DisclosurePolicy.DefaultAgencies[0], register[0].RecipientAgency);
    }

    private static async Task<List<DisclosureView>> ListAsync(TestWorld world, Guid participant, Persona reader) =>
        await (await world.Client(reader).GetAsync($"/api/v1/participants/{participant}/disclosures").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<DisclosureView>>();

    private async Task<(TestWorld World, Guid Participant)> CaseAsync(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.AddToTeamAsync(participant.Id, Persona.Mentor);
        await world.AddToTeamAsync(participant.Id, Persona.Psychologist);
        await world.WalkToAsync(participant.Id, Stage.Intervention);
        return (world, participant.Id);
    }
}
