using System.Net;
using System.Text.Json.Nodes;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>Instruments are per organisation, imported strictly, and immutable once published.</summary>
public sealed class InstrumentVersioningTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_schema_error_names_the_path_and_the_problem_and_changes_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var definition = TestWorld.OpenInstrument();
        definition["domains"]![1]!["items"]![0]!["direction"] = "sideways";
        definition["scale"]!["levels"]![0]!.AsObject().Remove("label");
        var before = await CountAsync(world);

        var response = await world.Client(Persona.OrganisationAdmin).SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/instruments", definition.ToJsonString());

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("risk", problem.ErrorsFor("$.domains[1].items[0].direction")[0], StringComparison.Ordinal);
        Assert.Contains("\"label\"", problem.ErrorsFor("$.scale.levels[0]")[0], StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task A_published_version_is_immutable_and_only_published_versions_can_be_rated(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var definition = TestWorld.OpenInstrument();
        var draft = await world.ImportInstrumentAsync(definition, publish: false);
        var participant = await world.AssessedCaseAsync();

        var refused = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.ParticipantId}/assessments",
            new { InstrumentId = draft, Kind = "Baseline", AssessedOn = TestWorld.DaysAgo(1) });
        Assert.Contains("draft", (await ProblemJson.ReadAsync(refused, HttpStatusCode.UnprocessableEntity)).ErrorsFor("InstrumentId")[0], StringComparison.Ordinal);

        // A draft may be re-imported (replaced); once published it may not.
        definition["description"] = "Second draft.";
        Assert.Equal(draft, await world.ImportInstrumentAsync(definition, publish: true));
        definition["description"] = "An edit after publication.";
        var again = await world.Client(Persona.OrganisationAdmin).SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/instruments", definition.ToJsonString());
        await ProblemJson.ReadAsync(again, HttpStatusCode.Conflict);
        var stored = await world.DbAsync(db => db.Set<InstrumentVersion>().AsNoTracking().SingleAsync(v => v.Id == draft));
        Assert.Equal("Second draft.", stored.Parsed().Description);
        Assert.Equal(InstrumentStatus.Published, stored.Status);
    }

    [Theory]
    [BothProviders]
    public async Task A_new_version_must_map_from_a_published_one_and_only_to_items_it_has(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var name = $"Mapped {Guid.NewGuid():N}";
        await world.ImportInstrumentAsync(TestWorld.OpenInstrument(name));
        var next = TestWorld.OpenInstrument(name, "2.0");
        next["domains"]![0]!["items"]![0]!["key"] = "SR1b";
        next["basedOn"] = new JsonObject { ["version"] = "1.0", ["items"] = new JsonObject { ["SR1b"] = "SR9" } };

        var response = await world.Client(Persona.OrganisationAdmin).SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/instruments", next.ToJsonString());

        Assert.Contains("SR9", (await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).ErrorsFor("$.basedOn.items.SR1b")[0], StringComparison.Ordinal);
        next["basedOn"]!["items"]!["SR1b"] = "SR1";
        await world.ImportInstrumentAsync(next);
    }

    [Theory]
    [BothProviders]
    public async Task Instruments_belong_to_one_organisation_and_drafts_only_to_admins(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var published = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        var draft = await world.ImportInstrumentAsync(TestWorld.OpenInstrument(), publish: false);

        Assert.Equal(HttpStatusCode.OK, (await world.Client(Persona.Psychologist).GetAsync($"/api/v1/instruments/{published}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.Psychologist).GetAsync($"/api/v1/instruments/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Client(Persona.OrganisationAdmin).GetAsync($"/api/v1/instruments/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.OtherOrganisationDirector).GetAsync($"/api/v1/instruments/{published}")).StatusCode);
        var list = await (await world.Client(Persona.OtherOrganisationDirector).GetAsync("/api/v1/instruments")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(published.ToString(), list, StringComparison.Ordinal);
    }

    private static Task<int> CountAsync(TestWorld world) => world.DbAsync(db => db.Set<InstrumentVersion>().CountAsync());
}
