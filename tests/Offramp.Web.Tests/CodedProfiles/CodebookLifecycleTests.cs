using System.Net;
using System.Text.Json.Nodes;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.CodedProfiles;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.CodedProfiles;

/// <summary>
/// A codebook from an empty organisation to coded participants: nothing can be coded before one is published, a bad
/// file is refused with every problem by JSON path, only the organisation admin imports and publishes, and a published
/// version never changes.
/// </summary>
public sealed class CodebookLifecycleTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Nothing_is_coded_before_an_admin_publishes_a_codebook_and_a_published_version_never_changes(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var caseworker = world.Client(Persona.CaseworkerA);
        var profileUrl = $"/api/v1/participants/{participant.Id}/coded-profile";
        var coding = new CodedProfileCommand { Answers = [new() { Field = "exit-status-at-entry", Codes = ["doubting"] }] };

        var empty = await (await caseworker.GetAsync(profileUrl).ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<JsonObject>();
        Assert.Null(empty["codebook"]);
        var refused = await ProblemJson.ReadAsync(await caseworker.SendJsonAsync(HttpMethod.Put, profileUrl, coding), HttpStatusCode.Conflict);
        Assert.Contains("not published a codebook", refused.Detail, StringComparison.Ordinal);

        // A broken file: every problem at once, by JSON path, and nothing stored.
        var broken = TestWorld.ShippedCodebook();
        broken["fields"]!.AsArray()[2]!["choice"] = "several";
        broken["fields"]!.AsArray()[4]!.AsObject().Remove("label");
        var admin = world.Client(Persona.OrganisationAdmin);
        var schema = await ProblemJson.ReadAsync(await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/codebooks", broken.ToJsonString()), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(schema.ErrorsFor("$.fields[2].choice"));
        Assert.NotEmpty(schema.ErrorsFor("$.fields[4]"));
        var duplicates = TestWorld.ShippedCodebook();
        duplicates["fields"]!.AsArray()[1]!["key"] = duplicates["fields"]!.AsArray()[0]!["key"]!.GetValue<string>();
        var options = duplicates["fields"]!.AsArray()[3]!["options"]!.AsArray();
        options[1]!["code"] = options[0]!["code"]!.GetValue<string>();
        var rules = await ProblemJson.ReadAsync(await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/codebooks", duplicates.ToJsonString()), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["$.fields[1].key", "$.fields[3].options[1].code"], rules.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await world.DbAsync(db => db.Set<CodebookVersion>().CountAsync(v => v.OrganisationId == world.OrganisationId)));

        // No one else administers codebooks: to them the endpoints do not exist.
        foreach (var persona in new[] { Persona.Director, Persona.CaseworkerA, Persona.Evaluator })
        {
            await world.Client(persona).SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/codebooks", TestWorld.ShippedCodebook().ToJsonString()).ExpectAsync(HttpStatusCode.NotFound);
        }

        var draft = await (await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/codebooks", TestWorld.ShippedCodebook().ToJsonString()).ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        await caseworker.SendJsonAsync(HttpMethod.Put, profileUrl, coding).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Empty(await (await caseworker.GetAsync("/api/v1/codebooks").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<JsonArray>());
        await admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/admin/codebooks/{draft}/publication", ifMatch: 7).ExpectAsync(HttpStatusCode.PreconditionFailed);
        await admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/admin/codebooks/{draft}/publication", ifMatch: 1).ExpectAsync(HttpStatusCode.NoContent);
        var again = await ProblemJson.ReadAsync(await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/codebooks", TestWorld.ShippedCodebook().ToJsonString()), HttpStatusCode.Conflict);
        Assert.Contains("published and cannot change", again.Detail, StringComparison.Ordinal);

        await caseworker.SendJsonAsync(HttpMethod.Put, profileUrl, coding).ExpectAsync(HttpStatusCode.NoContent);
        var listed = Assert.Single(await (await caseworker.GetAsync("/api/v1/codebooks").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<JsonArray>());
        Assert.Equal("Offramp coded profile", (string?)listed!["name"]);
        Assert.Equal(
            ["create", "update"],
            await world.DbAsync(db => db.AuditEvents.Where(e => e.EntityType == AuditEntities.Codebook.Name && e.EntityId == draft).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync()));
    }
}
