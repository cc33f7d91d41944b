using System.Net;

using Offramp.Core.Access;
using Offramp.Core.Participants.Caseload;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Scope;

/// <summary>Deny by default: a record outside the caller's scope answers exactly like one that does not exist.</summary>
public sealed class ScopeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Caseworker_B_gets_the_same_404_for_As_participant_as_for_a_nonexistent_one(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(Persona.CaseworkerA);
        var b = world.Client(Persona.CaseworkerB);

        var outOfScope = await ProblemJson.ReadAsync(await b.GetAsync($"/api/v1/participants/{participant.Id}"), HttpStatusCode.NotFound);
        var nonexistent = await ProblemJson.ReadAsync(await b.GetAsync($"/api/v1/participants/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        Assert.Equal(nonexistent.WithoutTraceId(), outOfScope.WithoutTraceId());
        Assert.Equal(HttpStatusCode.OK, (await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant.Id}")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Search_finds_only_what_the_caller_may_see(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var name = $"Yusuf {Guid.NewGuid():N}";
        var ofA = await Register(world, Persona.CaseworkerA, world.ProgramId, name);
        var ofB = await Register(world, Persona.CaseworkerB, world.ProgramId, name);
        var ofBInSecondProgram = await Register(world, Persona.CaseworkerB, world.SecondProgramId, name);
        var ofOtherOrganisation = await Register(world, Persona.OtherOrganisationDirector, world.OtherProgramId, name);

        Assert.Equal([ofA.Code], await SearchAsync(world, Persona.CaseworkerA, name));
        Assert.Equal(Sorted(ofB.Code, ofBInSecondProgram.Code), await SearchAsync(world, Persona.CaseworkerB, name));
        Assert.Equal(Sorted(ofA.Code, ofB.Code), await SearchAsync(world, Persona.Director, name));
        Assert.Equal([ofOtherOrganisation.Code], await SearchAsync(world, Persona.OtherOrganisationDirector, name));
        foreach (var outsider in new[] { Persona.Mentor, Persona.Evaluator, Persona.OrganisationAdmin, Persona.Auditor })
        {
            Assert.Empty(await SearchAsync(world, outsider, name));
        }

        Assert.Empty(await SearchAsync(world, Persona.CaseworkerA, ofB.Code));
        Assert.Empty(await SearchAsync(world, Persona.Director, ofOtherOrganisation.Code));
    }

    [Theory]
    [BothProviders]
    public async Task The_caseload_lists_the_callers_own_cases_only(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var ofA = await world.RegisterParticipantAsync(Persona.CaseworkerA);
        var ofB = await world.RegisterParticipantAsync(Persona.CaseworkerB);

        var caseloadOfA = await CaseloadAsync(world, Persona.CaseworkerA);
        var caseloadOfDirector = await CaseloadAsync(world, Persona.Director);

        Assert.Contains(ofA.Id, caseloadOfA);
        Assert.DoesNotContain(ofB.Id, caseloadOfA);
        Assert.Contains(ofA.Id, caseloadOfDirector);
        Assert.Contains(ofB.Id, caseloadOfDirector);
        Assert.Empty(await CaseloadAsync(world, Persona.Evaluator));
        Assert.Empty(await CaseloadAsync(world, Persona.OrganisationAdmin));
        var caseloadOfStranger = await CaseloadAsync(world, Persona.OtherOrganisationDirector);
        Assert.DoesNotContain(ofA.Id, caseloadOfStranger);
        Assert.DoesNotContain(ofB.Id, caseloadOfStranger);
    }

    [Theory]
    [BothProviders(Persona.Evaluator)]
    [BothProviders(Persona.OrganisationAdmin)]
    [BothProviders(Persona.Auditor)]
    [BothProviders(Persona.OtherOrganisationDirector)]
    [BothProviders(Persona.Mentor)]
    public async Task Roles_without_a_place_on_the_case_get_404_on_its_record(DatabaseProviderKind provider, Persona persona)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(Persona.CaseworkerA);

        var response = await world.Client(persona).GetAsync($"/api/v1/participants/{participant.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task A_director_sees_only_the_programs_they_direct(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var inSecondProgram = await world.RegisterParticipantAsync(Persona.CaseworkerB, world.SecondProgramId);

        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.Director).GetAsync($"/api/v1/participants/{inSecondProgram.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Client(Persona.CaseworkerB).GetAsync($"/api/v1/participants/{inSecondProgram.Id}")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Leaving_the_case_team_takes_the_case_out_of_scope_at_once(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(Persona.CaseworkerA);
        var membership = await world.AddToTeamAsync(participant.Id, Persona.Mentor);
        var mentor = world.Client(Persona.Mentor);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/api/v1/participants/{participant.Id}")).StatusCode);
        var version = (await world.GetRecordAsync(participant.Id)).Team.Single(m => m.Id == membership).Version;

        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Delete, $"/api/v1/participants/{participant.Id}/team/{membership}", ifMatch: version)
            .ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/api/v1/participants/{participant.Id}")).StatusCode);
        var team = (await world.GetRecordAsync(participant.Id)).Team.Single(m => m.Id == membership);
        Assert.Equal(TestWorld.Today, team.Until);
    }

    [Theory]
    [BothProviders]
    public async Task Losing_the_program_role_takes_the_caseload_out_of_scope(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var caseworker = await world.CreateUserAsync("Temporary caseworker");
        var assignment = await world.GrantRoleAsync(caseworker, Role.Caseworker, world.ProgramId);
        var (_, token) = await world.CreateTokenAsync(caseworker, allowWrite: true);
        var client = world.App.CreateApiClient(token);
        var created = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/participants", TestWorld.NewReferral(world.ProgramId)).ExpectAsync(HttpStatusCode.Created);
        var id = await created.ReadCreatedIdAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/participants/{id}")).StatusCode);

        await world.Client(Persona.OrganisationAdmin).DeleteAsync($"/api/v1/admin/roles/{assignment}").ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/participants/{id}")).StatusCode);
        Assert.Equal(Stage.Referred, await world.StageOfAsync(id));
    }

    private static Task<RegisteredParticipant> Register(TestWorld world, Persona by, Guid programId, string fullName) =>
        world.RegisterParticipantAsync(by, programId, c =>
        {
            var parts = fullName.Split(' ', 2);
            c.Identity.GivenName = parts[0];
            c.Identity.FamilyName = parts[1];
        });

    private static async Task<string[]> SearchAsync(TestWorld world, Persona persona, string term)
    {
        var response = await world.Client(persona).GetAsync($"/api/v1/participants/search?q={Uri.EscapeDataString(term)}").ExpectAsync(HttpStatusCode.OK);
        return [.. (await response.ReadJsonAsync<List<ParticipantSummary>>()).Select(s => s.Code).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<Guid>> CaseloadAsync(TestWorld world, Persona persona)
    {
        var response = await world.Client(persona).GetAsync("/api/v1/participants?pageSize=200").ExpectAsync(HttpStatusCode.OK);
        return [.. (await response.ReadJsonAsync<Page<ParticipantSummary>>()).Items.Select(s => s.Id)];
    }

    private static string[] Sorted(params string[] codes) => [.. codes.Order(StringComparer.Ordinal)];
}
