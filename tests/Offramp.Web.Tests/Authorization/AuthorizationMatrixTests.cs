using System.Net;

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
            var notFoundBodies = new Dictionary<RecordKind, string>();
            foreach (var kind in AccessOracle.KindsFor(recipe.Records))
            {
                var expected = ExpectedStatus.For(endpoint, recipe, persona, kind);
                var call = new MatrixCall(scene, persona, kind, ExpectSuccess: expected == recipe.Success);
                var (mismatch, status, body) = await MatrixRunner.SendAsync(client, endpoint, recipe, call, expected);
                if (mismatch is not null)
                {
                    problems.Add(mismatch);
                }
                else if (status == HttpStatusCode.NotFound)
                {
                    notFoundBodies[kind] = body;
                }
            }

            // A record out of scope must not be told apart from one that does not exist, not even by the body.
            if (notFoundBodies.TryGetValue(RecordKind.Nonexistent, out var absent))
            {
                problems.AddRange(notFoundBodies.Where(b => b.Value != absent)
                    .Select(b => $"{endpoint} as {persona} on {b.Key}: the 404 differs from a nonexistent record's: {b.Value} vs {absent}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
