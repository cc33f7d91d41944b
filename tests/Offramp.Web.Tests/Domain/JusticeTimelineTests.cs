using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Justice;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Domain;

/// <summary>The justice timeline is checked as a whole: no release before custody, no licence end before its start.</summary>
public sealed class JusticeTimelineTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders(JusticeEventKind.ActualRelease)]
    [BothProviders(JusticeEventKind.ExpectedRelease)]
    public async Task A_release_before_custody_start_is_refused(DatabaseProviderKind provider, JusticeEventKind release)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.CustodyStart, TestWorld.DaysAgo(300));
        var before = await RowCounts.TakeAsync(world);

        var response = await PostAsync(world, participant.Id, new JusticeEventCommand { Kind = release, OccurredOn = TestWorld.DaysAgo(400) });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("cannot precede the start of custody", problem.ErrorsFor("OccurredOn")[0], StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task Moving_custody_start_after_an_existing_release_is_refused(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var custody = await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.CustodyStart, TestWorld.DaysAgo(300));
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, TestWorld.DaysAgo(100));

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}/justice-events/{custody}",
            new JusticeEventCommand { Kind = JusticeEventKind.CustodyStart, OccurredOn = TestWorld.DaysAgo(50) }, 1);

        await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        var stored = await world.DbAsync(db => db.JusticeEvents.AsNoTracking().SingleAsync(j => j.Id == custody));
        Assert.Equal(TestWorld.DaysAgo(300), stored.OccurredOn);
        Assert.Equal(1, stored.Version);
    }

    [Theory]
    [BothProviders]
    public async Task A_release_on_or_after_custody_start_is_accepted_and_shown_in_order(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, TestWorld.DaysAgo(100));
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.CustodyStart, TestWorld.DaysAgo(300));
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.Sentence, TestWorld.DaysAgo(310), sentenceMonths: 18);

        var record = await world.GetRecordAsync(participant.Id);

        Assert.Equal([JusticeEventKind.Sentence, JusticeEventKind.CustodyStart, JusticeEventKind.ActualRelease], record.JusticeEvents.Select(j => j.Kind));
        Assert.Equal(18, record.JusticeEvents[0].SentenceMonths);
    }

    [Theory]
    [BothProviders]
    public async Task A_licence_cannot_end_before_it_starts(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.LicenceStart, TestWorld.DaysAgo(30));

        var response = await PostAsync(world, participant.Id, new JusticeEventCommand { Kind = JusticeEventKind.LicenceEnd, OccurredOn = TestWorld.DaysAgo(60) });

        await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
    }

    private static Task<HttpResponseMessage> PostAsync(TestWorld world, Guid participant, JusticeEventCommand command) =>
        world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/justice-events", command);
}
