using System.Net;
using System.Text.Json.Nodes;

using Offramp.Core.BreakGlass;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>Observations are the case team's: an emergency (break-glass) reader sees them and cannot add one.</summary>
public sealed class ObservationTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_break_glass_reader_reads_observations_but_cannot_add_one(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        var url = $"/api/v1/participants/{participant}/observations";
        var observation = new { ObservedOn = TestWorld.DaysAgo(2), Source = "Family", Reliability = "Unconfirmed", Description = "His sister says he calls her every week." };
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, url, observation).ExpectAsync(HttpStatusCode.Created);

        var stranger = world.Client(Persona.CaseworkerB);
        await stranger.GetAsync(url).ExpectAsync(HttpStatusCode.NotFound);
        await world.RecordStepUpAsync(world.UserId(Persona.CaseworkerB));
        await stranger.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/break-glass",
            new BreakGlassRequestCommand { Reason = "Out-of-hours call: the participant asked for his caseworker.", Minutes = 30 }).ExpectAsync(HttpStatusCode.Created);
        Assert.Single(await ListAsync(stranger, url));

        var refused = await ProblemJson.ReadAsync(await stranger.SendJsonAsync(HttpMethod.Post, url, observation), HttpStatusCode.Forbidden);
        Assert.Contains("read-only", refused.Detail, StringComparison.Ordinal);
        Assert.Single(await ListAsync(world.Client(Persona.CaseworkerA), url));
    }

    private static async Task<JsonArray> ListAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }
}
