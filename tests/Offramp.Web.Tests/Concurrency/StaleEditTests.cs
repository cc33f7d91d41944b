using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Justice;
using Offramp.Core.Participants;
using Offramp.Core.Participants.Update;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Concurrency;

/// <summary>Two people edit the same version at once: exactly one wins, the other gets 412 and nothing of theirs is saved.</summary>
public sealed class StaleEditTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Two_edits_of_the_same_participant_version_one_wins_the_other_gets_412(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.AddToTeamAsync(participant.Id, Persona.CaseworkerB);
        var a = world.Client(Persona.CaseworkerA);
        var b = world.Client(Persona.CaseworkerB);
        var etagA = (await a.GetAsync($"/api/v1/participants/{participant.Id}").ExpectAsync(HttpStatusCode.OK)).ETagVersion();
        var etagB = (await b.GetAsync($"/api/v1/participants/{participant.Id}").ExpectAsync(HttpStatusCode.OK)).ETagVersion();
        Assert.Equal(etagA, etagB);

        var responses = await Task.WhenAll(
            a.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", Details("Edit-by-A"), etagA),
            b.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", Details("Edit-by-B"), etagB));

        var statuses = responses.Select(r => r.StatusCode).Order().ToArray();
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.PreconditionFailed], statuses);
        var winner = responses[0].StatusCode == HttpStatusCode.NoContent ? "Edit-by-A" : "Edit-by-B";
        var record = await world.GetRecordAsync(participant.Id);
        Assert.Equal(winner, record.Identity.GivenName);
        Assert.Equal(etagA + 1, record.Version);
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.PreconditionFailed);
        var problem = await ProblemJson.ReadAsync(loser, HttpStatusCode.PreconditionFailed);
        Assert.Equal("The record was changed by someone else.", problem.Title);
        Assert.Equal(etagA + 1, responses.Single(r => r.StatusCode == HttpStatusCode.NoContent).ETagVersion());
    }

    [Theory]
    [BothProviders]
    public async Task The_loser_succeeds_after_reloading(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var a = world.Client(Persona.CaseworkerA);
        var director = world.Client(Persona.Director);
        var version = await world.VersionOfAsync(participant.Id);
        await director.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", Details("First"), version).ExpectAsync(HttpStatusCode.NoContent);

        var stale = await a.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", Details("Second"), version);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("First", (await world.GetRecordAsync(participant.Id)).Identity.GivenName);

        var reloaded = (await a.GetAsync($"/api/v1/participants/{participant.Id}")).ETagVersion();
        await a.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", Details("Second"), reloaded).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal("Second", (await world.GetRecordAsync(participant.Id)).Identity.GivenName);
    }

    [Theory]
    [BothProviders]
    public async Task Two_corrections_of_the_same_justice_event_one_wins_the_other_gets_412(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var eventId = await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.Arrest, TestWorld.DaysAgo(200));
        var version = (await world.GetRecordAsync(participant.Id, Persona.CaseworkerA)).JusticeEvents.Single().Version;
        var url = $"/api/v1/participants/{participant.Id}/justice-events/{eventId}";

        var responses = await Task.WhenAll(
            world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, url, Arrest(TestWorld.DaysAgo(210), "A"), version),
            world.Client(Persona.Director).SendJsonAsync(HttpMethod.Put, url, Arrest(TestWorld.DaysAgo(220), "Director"), version));

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order().ToArray());
        var stored = await world.DbAsync(db => db.JusticeEvents.AsNoTracking().SingleAsync(j => j.Id == eventId));
        var winnerIsA = responses[0].StatusCode == HttpStatusCode.NoContent;
        Assert.Equal(winnerIsA ? "A" : "Director", stored.Reference);
        Assert.Equal(winnerIsA ? TestWorld.DaysAgo(210) : TestWorld.DaysAgo(220), stored.OccurredOn);
        Assert.Equal(version + 1, stored.Version);
    }

    [Theory]
    [BothProviders]
    public async Task A_stale_write_leaves_no_audit_event(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var version = await world.VersionOfAsync(participant.Id);
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", Details("Winner"), version).ExpectAsync(HttpStatusCode.NoContent);
        var before = await RowCounts.TakeAsync(world);

        var stale = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", Details("Loser"), version);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    private static UpdateParticipantDetailsCommand Details(string givenName) =>
        new() { Identity = new ParticipantIdentity { GivenName = givenName, FamilyName = "Concurrent" }, Gender = Gender.Female };

    private static JusticeEventCommand Arrest(DateOnly on, string reference) =>
        new() { Kind = JusticeEventKind.Arrest, OccurredOn = on, Reference = reference };
}
