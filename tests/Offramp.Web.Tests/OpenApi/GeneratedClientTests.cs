using System.Net;
using System.Reflection;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.OpenApi;

/// <summary>
/// A real client made from the document works against the real app: NSwag generates it from /openapi/v1.json, Roslyn
/// compiles it, and it authenticates with a persona's bearer token, reads a participant, gets 404 for one out of the
/// caller's scope and 412 for a write with an old ETag, as <c>ApiException&lt;ProblemDetails&gt;</c> the document declares.
/// </summary>
public sealed class GeneratedClientTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    // The document does not depend on the database: one client serves both providers' runs.
    private static readonly SemaphoreSlim Compiling = new(1, 1);
    private static Type? scenarios;

    [Theory]
    [BothProviders]
    public async Task A_generated_client_reads_a_participant_with_a_bearer_token(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();

        var read = await RunAsync<string>(world, "ReadParticipantAsync", world.Client(Persona.CaseworkerA), participant.Id);

        Assert.Equal($"{participant.Id} {participant.Code}", read);
    }

    [Theory]
    [BothProviders]
    public async Task A_generated_client_gets_404_for_a_participant_out_of_scope_and_401_without_a_token(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();

        // The other organisation's director, and a caseworker of the program who is not on the case team, see nothing.
        Assert.Equal("404 Not found.", await RunAsync<string>(world, "StatusOfReadingAsync", world.Client(Persona.OtherOrganisationDirector), participant.Id));
        Assert.Equal("404 Not found.", await RunAsync<string>(world, "StatusOfReadingAsync", world.Client(Persona.CaseworkerB), participant.Id));
        Assert.StartsWith("401 ", await RunAsync<string>(world, "StatusOfReadingAsync", world.AnonymousClient(), participant.Id));
        Assert.Equal("200", await RunAsync<string>(world, "StatusOfReadingAsync", world.Client(Persona.CaseworkerA), participant.Id));
    }

    [Theory]
    [BothProviders]
    public async Task A_generated_client_gets_412_for_a_write_with_an_old_ETag(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var caseworker = world.Client(Persona.CaseworkerA);
        var read = await caseworker.GetAsync($"/api/v1/participants/{participant.Id}").ExpectAsync(HttpStatusCode.OK);
        var etag = read.Headers.ETag!.Tag;

        Assert.Equal("204", await RunAsync<string>(world, "RenameAsync", caseworker, participant.Id, etag, "First"));
        Assert.Equal("412 The record was changed by someone else.", await RunAsync<string>(world, "RenameAsync", caseworker, participant.Id, etag, "Second"));
        Assert.Equal("First", (await world.GetRecordAsync(participant.Id)).Identity.GivenName);
    }

    private static async Task<T> RunAsync<T>(TestWorld world, string scenario, params object[] arguments)
    {
        var type = await ScenariosAsync(world);
        var method = type.GetMethod(scenario, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"No scenario {scenario}.");
        return await (Task<T>)method.Invoke(null, arguments)!;
    }

    private static async Task<Type> ScenariosAsync(TestWorld world)
    {
        await Compiling.WaitAsync();
        try
        {
            if (scenarios is null)
            {
                var assembly = await GeneratedClientCompiler.GenerateAndCompileAsync(await LiveOpenApiDocument.FetchAsync(world.App));
                scenarios = assembly.GetType($"{GeneratedClientCompiler.Namespace}.Scenarios.ClientScenarios", throwOnError: true)!;
            }

            return scenarios;
        }
        finally
        {
            Compiling.Release();
        }
    }
}
