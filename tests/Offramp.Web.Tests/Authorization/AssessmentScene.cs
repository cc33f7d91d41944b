using System.Collections.Concurrent;
using System.Net;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>The assessment records of one shared matrix case: an open assessment and two agreed ones to compare.</summary>
public sealed record AssessmentRecords(Guid InstrumentId, string InstrumentName, Guid OpenAssessmentId, Guid FirstAgreedId, Guid SecondAgreedId, HttpClient Rater);

/// <summary>
/// Assessments on the matrix scene's shared cases. Each case gets a helper psychologist (not a persona, so no access
/// rule of the oracle changes) who rates, so that consensus can succeed where the rules allow it; the other organisation
/// gets its own published instrument. Built once per scene.
/// </summary>
public sealed class AssessmentScene
{
    private static readonly ConcurrentDictionary<MatrixScene, Lazy<Task<AssessmentScene>>> Scenes = new();
    private readonly Dictionary<RecordKind, AssessmentRecords> records = [];

    private AssessmentScene(MatrixScene scene) => Scene = scene;

    public MatrixScene Scene { get; }

    public TestWorld World => Scene.World;

    /// <summary>An unpublished instrument of the main organisation and one of the other organisation.</summary>
    public Guid Draft { get; private set; }

    public Guid OtherOrganisationDraft { get; private set; }

    public static Task<AssessmentScene> ForAsync(MatrixScene scene) =>
        Scenes.GetOrAdd(scene, s => new Lazy<Task<AssessmentScene>>(() => CreateAsync(s))).Value;

    public AssessmentRecords For(RecordKind kind) => kind == RecordKind.Nonexistent
        ? new AssessmentRecords(Guid.NewGuid(), "none", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), records[RecordKind.TeamCase].Rater)
        : records[kind];

    /// <summary>A new open assessment on the shared case of <paramref name="kind"/>, rated by the helper when <paramref name="rated"/>.</summary>
    public async Task<Guid> FreshAssessmentAsync(RecordKind kind, bool rated)
    {
        var r = records[kind];
        var participant = Scene.Case(kind).ParticipantId;
        var command = new { r.InstrumentId, Kind = "Scheduled", AssessedOn = TestWorld.DaysAgo(1) };
        var created = await r.Rater.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/assessments", command).ExpectAsync(HttpStatusCode.Created);
        var id = await created.ReadCreatedIdAsync();
        if (rated)
        {
            await r.Rater.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/assessments/{id}/ratings", TestWorld.Ratings()).ExpectAsync(HttpStatusCode.Created);
        }

        return id;
    }

    public Task<int> AssessmentVersionAsync(Guid id) => Scene.VersionOfAsync<Offramp.Core.Assessments.Assessment>(id);

    private static async Task<AssessmentScene> CreateAsync(MatrixScene scene)
    {
        var result = new AssessmentScene(scene);
        var world = scene.World;
        var main = TestWorld.OpenInstrument();
        var mainId = await world.ImportInstrumentAsync(main);
        result.Draft = await world.ImportInstrumentAsync(TestWorld.OpenInstrument(), publish: false);
        var other = TestWorld.OpenInstrument();
        var otherId = await ImportDirectlyAsync(world, world.OtherOrganisationId, other, publish: true);
        result.OtherOrganisationDraft = await ImportDirectlyAsync(world, world.OtherOrganisationId, TestWorld.OpenInstrument(), publish: false);

        foreach (var kind in new[] { RecordKind.TeamCase, RecordKind.OtherCaseload, RecordKind.OtherOrganisation })
        {
            var otherOrganisation = kind == RecordKind.OtherOrganisation;
            var (instrumentId, name) = otherOrganisation ? (otherId, other["name"]!.GetValue<string>()) : (mainId, main["name"]!.GetValue<string>());
            var rater = await HelperRaterAsync(world, scene.Case(kind).ParticipantId, otherOrganisation);
            result.records[kind] = new AssessmentRecords(instrumentId, name, Guid.Empty, Guid.Empty, Guid.Empty, rater);
            var open = await result.FreshAssessmentAsync(kind, rated: false);
            var first = await result.AgreedAsync(kind);
            var second = await result.AgreedAsync(kind);
            result.records[kind] = result.records[kind] with { OpenAssessmentId = open, FirstAgreedId = first, SecondAgreedId = second };
        }

        return result;
    }

    private async Task<Guid> AgreedAsync(RecordKind kind)
    {
        var r = records[kind];
        var id = await FreshAssessmentAsync(kind, rated: true);
        var url = $"/api/v1/participants/{Scene.Case(kind).ParticipantId}/assessments/{id}/consensus";
        await r.Rater.SendJsonAsync(HttpMethod.Post, url, TestWorld.Consensus(), await AssessmentVersionAsync(id)).ExpectAsync(HttpStatusCode.NoContent);
        return id;
    }

    /// <summary>A psychologist of the case's program, put on its team by its director, with a read-write token.</summary>
    private static async Task<HttpClient> HelperRaterAsync(TestWorld world, Guid participantId, bool otherOrganisation)
    {
        var organisation = otherOrganisation ? world.OtherOrganisationId : world.OrganisationId;
        var program = otherOrganisation ? world.OtherProgramId : world.ProgramId;
        var director = otherOrganisation ? Persona.OtherOrganisationDirector : Persona.Director;
        var user = await world.CreateUserAsync("Helper rater", organisation);
        await world.GrantRoleAsync(user, Role.Psychologist, program, organisation);
        await world.Client(director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/team", new { UserId = user, Role = Role.Psychologist })
            .ExpectAsync(HttpStatusCode.Created);
        var (_, secret) = await world.CreateTokenAsync(user, allowWrite: true, name: "helper rater");
        return world.App.CreateApiClient(secret);
    }

    /// <summary>The other organisation has no admin persona: its instruments go in the way the CLI puts them in.</summary>
    private static async Task<Guid> ImportDirectlyAsync(TestWorld world, Guid organisationId, System.Text.Json.Nodes.JsonObject definition, bool publish)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var version = await scope.ServiceProvider.GetRequiredService<ImportInstrument>().ImportAsync(organisationId, definition.ToJsonString());
        if (publish)
        {
            await scope.ServiceProvider.GetRequiredService<PublishInstrument>().PublishAsync(organisationId, version.Name, version.Label);
        }

        return version.Id;
    }
}
