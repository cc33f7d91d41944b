using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>Before any record rule: no token answers 401 everywhere, a read-only token 403 on every write endpoint.</summary>
public sealed class AuthenticationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    [Theory]
    [BothProviders]
    public async Task Every_endpoint_answers_401_without_a_token(DatabaseProviderKind provider)
    {
        var scene = await fixture.SceneAsync(provider);
        var problems = new List<string>();
        var anonymous = scene.World.AnonymousClient();

        foreach (var (endpoint, recipe) in MatrixRunner.WithRecipes(ApiEndpoint.All(scene.World.App.Services), problems))
        {
            var call = new MatrixCall(scene, Persona.CaseworkerA, AccessOracle.KindsFor(recipe.Records)[0], ExpectSuccess: false);
            if (await MatrixRunner.CheckAsync(anonymous, endpoint, recipe, call, HttpStatusCode.Unauthorized) is { } mismatch)
            {
                problems.Add(mismatch);
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [BothProviders(Persona.CaseworkerA)]
    [BothProviders(Persona.Director)]
    [BothProviders(Persona.OrganisationAdmin)]
    public async Task A_read_only_token_gets_403_on_every_write_endpoint_and_reads_as_its_role(DatabaseProviderKind provider, Persona persona)
    {
        var scene = await fixture.SceneAsync(provider);
        var problems = new List<string>();
        var readOnly = scene.World.ReadOnlyClient(persona);
        var endpoints = ApiEndpoint.All(scene.World.App.Services);
        Assert.Contains(endpoints, e => e.RequiresWriteScope);
        Assert.Contains(endpoints, e => !e.RequiresWriteScope);

        foreach (var (endpoint, recipe) in MatrixRunner.WithRecipes(endpoints, problems))
        {
            var kind = AccessOracle.KindsFor(recipe.Records)[0];
            var readExpectation = ExpectedStatus.For(endpoint, recipe, persona, kind);
            var expected = endpoint.RequiresWriteScope ? HttpStatusCode.Forbidden : readExpectation;
            var call = new MatrixCall(scene, persona, kind, ExpectSuccess: !endpoint.RequiresWriteScope && readExpectation == recipe.Success);
            if (await MatrixRunner.CheckAsync(readOnly, endpoint, recipe, call, expected) is { } mismatch)
            {
                problems.Add(mismatch);
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
