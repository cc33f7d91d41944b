using System.Net;
using System.Text.Json.Nodes;

namespace Offramp.TestSupport;

public sealed partial class TestWorld
{
    private const string CodedProfileFile = "codebooks/offramp-coded-profile-1.0.json";

    /// <summary>The open Offramp codebook as shipped, with a version label of the caller's choosing.</summary>
    public static JsonObject ShippedCodebook(string version = "1.0")
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), CodedProfileFile)))!.AsObject();
        json["version"] = version;
        return json;
    }

    /// <summary>The main organisation's current codebook: the shipped one, imported and published by its admin the first time.</summary>
    public async Task<Guid> EnsureCodebookAsync()
    {
        var admin = Client(Persona.OrganisationAdmin);
        var listed = JsonNode.Parse(await (await admin.GetAsync("/api/v1/codebooks").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsStringAsync())!.AsArray();
        if (listed.FirstOrDefault(c => (string?)c!["status"] == "Published") is { } published)
        {
            return (Guid)published["id"]!;
        }

        var id = await ImportCodebookDraftAsync("1.0");
        await admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/admin/codebooks/{id}/publication", ifMatch: 1).ExpectAsync(HttpStatusCode.NoContent);
        return id;
    }

    /// <summary>The shipped codebook imported as a draft of the main organisation at <paramref name="version"/>; returns its id.</summary>
    public async Task<Guid> ImportCodebookDraftAsync(string version) =>
        await (await Client(Persona.OrganisationAdmin).SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/codebooks", ShippedCodebook(version).ToJsonString())
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

    /// <summary>
    /// Codes participants on one field straight in the database, for tests that need many coded people and test what
    /// is done with codes, not how they are recorded (the coding use case has its own tests).
    /// </summary>
    public Task CodeDirectlyAsync(Guid codebookVersionId, string field, IEnumerable<(Guid Participant, string Code)> codes) => DbAsync(async db =>
    {
        var by = UserId(Persona.Director);
        db.Set<Offramp.Core.CodedProfiles.CodedAnswer>().AddRange(codes.Select(c => new Offramp.Core.CodedProfiles.CodedAnswer
        {
            ParticipantId = c.Participant,
            CodebookVersionId = codebookVersionId,
            FieldKey = field,
            Codes = c.Code,
            RecordedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            RecordedByUserId = by,
        }));
        await db.SaveChangesAsync();
    });
}
