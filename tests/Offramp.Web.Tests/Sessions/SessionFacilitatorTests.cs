using System.Net;

using Offramp.Core.Participants.Read;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Sessions;

/// <summary>
/// A session records who led it (issue #13: a Healthy Identity Intervention session has one or two facilitators),
/// not only who attended: at most two, each on the case team, shown on the record.
/// </summary>
public sealed class SessionFacilitatorTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_session_names_its_facilitator_on_the_record(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await ConsentedAsync(world);
        var session = TestWorld.NewSession();
        session.FacilitatorUserIds = [world.UserId(Persona.CaseworkerA)];

        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", session).ExpectAsync(HttpStatusCode.Created);

        var record = await (await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<ParticipantRecord>();
        var name = record.Team.Single(t => t.UserId == world.UserId(Persona.CaseworkerA)).DisplayName;
        var logged = Assert.Single(record.Sessions);
        Assert.Equal([name], logged.Facilitators);
        Assert.Contains(name, logged.Attendees);
    }

    [Theory]
    [BothProviders]
    public async Task Three_facilitators_or_one_off_the_team_are_refused_with_the_field(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await ConsentedAsync(world);
        var before = await RowCounts.TakeAsync(world);

        var three = TestWorld.NewSession();
        three.FacilitatorUserIds = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var tooMany = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", three);
        Assert.Equal("A session has one or two facilitators at most.", Assert.Single((await ProblemJson.ReadAsync(tooMany, HttpStatusCode.UnprocessableEntity)).ErrorsFor("FacilitatorUserIds")));

        var stranger = TestWorld.NewSession();
        stranger.FacilitatorUserIds = [world.UserId(Persona.Director)];
        var offTeam = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", stranger);
        Assert.Equal("Every facilitator must be on the case team.", Assert.Single((await ProblemJson.ReadAsync(offTeam, HttpStatusCode.UnprocessableEntity)).ErrorsFor("FacilitatorUserIds")));

        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    private static async Task<Guid> ConsentedAsync(TestWorld world)
    {
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Consented);
        return participant.Id;
    }
}
