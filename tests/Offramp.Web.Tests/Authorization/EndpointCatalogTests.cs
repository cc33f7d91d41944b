using System.Text.Json;
using System.Text.RegularExpressions;

using Offramp.TestSupport;
using Offramp.Web.Api;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// Keeps the matrix honest: every endpoint has an audience with a rule and a recipe, every audience has a rule,
/// no recipe is left for an endpoint that is gone, and the OpenAPI document lists every endpoint.
/// </summary>
public sealed partial class EndpointCatalogTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task Every_api_endpoint_declares_an_audience_with_a_rule_and_has_a_recipe()
    {
        var endpoints = await EndpointsAsync();
        var problems = new List<string>();

        foreach (var (endpoint, recipe) in MatrixRunner.WithRecipes(endpoints, problems))
        {
            try
            {
                _ = ExpectedStatus.For(endpoint, recipe, Persona.CaseworkerA, AccessOracle.KindsFor(recipe.Records)[0]);
            }
            catch (InvalidOperationException e)
            {
                problems.Add(e.Message);
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(endpoints.Count >= 30, $"Only {endpoints.Count} endpoints found under /api/v1: is the endpoint list read from the right app?");
    }

    [Fact]
    public void Every_audience_has_a_rule()
    {
        var recipe = new Recipe(RecordType.Participant, System.Net.HttpStatusCode.OK, _ => Task.FromResult(PreparedRequest.Plain));
        // No persona works at an evidence hub, so the hub's audiences answer 404 to all of them here; their success path is
        // Evidence.EvidencePublishingTests, with a hub admin and a hub reader of their own.
        foreach (var audience in Enum.GetValues<EndpointAudience>().Except([EndpointAudience.EvidenceHub, EndpointAudience.EvidenceHubAdmin]))
        {
            var endpoint = new ApiEndpoint("GET", "/api/v1/probe", audience, RequiresWriteScope: false);
            var statuses = Enum.GetValues<Persona>().Select(p => ExpectedStatus.For(endpoint, recipe, p, RecordKind.TeamCase)).ToList();
            Assert.Contains(System.Net.HttpStatusCode.OK, statuses);
        }
    }

    [Fact]
    public void An_endpoint_without_an_audience_fails_the_matrix()
    {
        var endpoint = new ApiEndpoint("GET", "/api/v1/new-thing", Audience: null, RequiresWriteScope: false);
        var recipe = new Recipe(RecordType.None, System.Net.HttpStatusCode.OK, _ => Task.FromResult(PreparedRequest.Plain));

        var error = Assert.Throws<InvalidOperationException>(() => ExpectedStatus.For(endpoint, recipe, Persona.CaseworkerA, RecordKind.None));
        Assert.Contains("declares no audience", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_recipe_belongs_to_an_existing_endpoint()
    {
        var keys = (await EndpointsAsync()).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        var stale = EndpointRecipes.All.Keys.Where(k => !keys.Contains(k)).ToList();

        Assert.True(stale.Count == 0, "Recipes for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint()
    {
        var world = await worlds.WorldAsync(DatabaseProviderKind.Sqlite);
        var response = await world.AnonymousClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {Normalise(path.Name)}"))
            .ToHashSet(StringComparer.Ordinal);

        var missing = (await EndpointsAsync()).Where(e => !e.IsFallback)
            .Select(e => $"{e.Method} {Normalise(e.Pattern)}")
            .Where(key => !documented.Contains(key))
            .ToList();

        Assert.True(missing.Count == 0, "Missing from /openapi/v1.json: " + string.Join(", ", missing));
        Assert.True(documented.Count >= 29, $"The OpenAPI document lists only {documented.Count} operations.");
    }

    /// <summary>"/api/v1/participants/{id:guid}/" and "/api/v1/participants/{id}" are the same path.</summary>
    private static string Normalise(string pattern) => RouteConstraint().Replace(pattern, "{${name}}").TrimEnd('/');

    private async Task<IReadOnlyList<ApiEndpoint>> EndpointsAsync() =>
        ApiEndpoint.All((await worlds.WorldAsync(DatabaseProviderKind.Sqlite)).App.Services);

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteConstraint();
}
