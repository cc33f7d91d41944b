using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// Every /api/v1 endpoint of the running app × every persona × every kind of record (in scope, another caseload,
/// another organisation, nonexistent), with the status computed from the endpoint's declared audience.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    public static TheoryData<DatabaseProviderKind, Persona> Personas => ProviderTheoryData.Cross(Enum.GetValues<Persona>());

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Every_endpoint_answers_the_persona_as_its_audience_rule_says(DatabaseProviderKind provider, Persona persona)
    {
        var scene = await fixture.SceneAsync(provider);
        var problems = new List<string>();
        var client = scene.World.Client(persona);

        foreach (var (endpoint, recipe) in MatrixRunner.WithRecipes(ApiEndpoint.All(scene.World.App.Services), problems))
        {
            foreach (var kind in AccessOracle.KindsFor(recipe.Records))
            {
                var expected = ExpectedStatus.For(endpoint, recipe, persona, kind);
                var call = new MatrixCall(scene, persona, kind, ExpectSuccess: expected == recipe.Success);
                if (await MatrixRunner.CheckAsync(client, endpoint, recipe, call, expected) is { } mismatch)
                {
                    problems.Add(mismatch);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
