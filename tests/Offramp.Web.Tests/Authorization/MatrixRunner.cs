using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>Arranges and sends matrix requests and describes any answer that differs from the expected one.</summary>
public static partial class MatrixRunner
{
    /// <summary>Every endpoint of the app with its recipe; endpoints without one are reported in <paramref name="problems"/>.</summary>
    public static IEnumerable<(ApiEndpoint Endpoint, Recipe Recipe)> WithRecipes(IEnumerable<ApiEndpoint> endpoints, List<string> problems)
    {
        foreach (var endpoint in endpoints)
        {
            if (EndpointRecipes.All.TryGetValue(endpoint.Key, out var recipe))
            {
                yield return (endpoint, recipe);
            }
            else
            {
                problems.Add($"{endpoint} has no request recipe: add one to EndpointRecipes so the matrix covers it.");
            }
        }
    }

    /// <summary>Sends the cell's request with <paramref name="client"/>; returns a description of the mismatch, or null.</summary>
    public static async Task<string?> CheckAsync(HttpClient client, ApiEndpoint endpoint, Recipe recipe, MatrixCall call, HttpStatusCode expected) =>
        (await SendAsync(client, endpoint, recipe, call, expected)).Mismatch;

    /// <summary>Sends the cell's request; returns the mismatch (or null) and the body without its per-request trace id.</summary>
    public static async Task<(string? Mismatch, HttpStatusCode Status, string Body)> SendAsync(HttpClient client, ApiEndpoint endpoint, Recipe recipe, MatrixCall call, HttpStatusCode expected) =>
        await SendPreparedAsync(client, endpoint, await recipe.Arrange(call), call, expected);

    /// <summary>Sends a request already arranged by its recipe, for a test that must look between arranging and sending.</summary>
    public static async Task<(string? Mismatch, HttpStatusCode Status, string Body)> SendPreparedAsync(HttpClient client, ApiEndpoint endpoint, PreparedRequest prepared, MatrixCall call, HttpStatusCode expected)
    {
        using var request = MatrixRequests.Build(endpoint, prepared);
        using var response = await client.SendAsync(request);
        var body = TraceId().Replace(await response.Content.ReadAsStringAsync(), "");
        var mismatch = response.StatusCode != expected
            ? $"{endpoint} as {call.Caller} on {call.Kind}: expected {(int)expected}, got {(int)response.StatusCode} {Shorten(body)}"
            : endpoint.DeclaredStatuses is { } declared && !declared.Contains((int)response.StatusCode)
                ? $"{endpoint} as {call.Caller} on {call.Kind}: answered {(int)response.StatusCode}, which the endpoint does not declare (so neither does the OpenAPI document)"
                : null;
        return (mismatch, response.StatusCode, body);
    }

    /// <summary>The first persona the access rules let through, on the first kind of record the recipe can point at.</summary>
    public static MatrixCall? AllowedCall(MatrixScene scene, ApiEndpoint endpoint, Recipe recipe) =>
        (from persona in Enum.GetValues<Persona>()
         from kind in AccessOracle.KindsFor(recipe.Records)
         where ExpectedStatus.For(endpoint, recipe, persona, kind) == recipe.Success
         select new MatrixCall(scene, persona, kind, ExpectSuccess: true)).FirstOrDefault();

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "...";

    [System.Text.RegularExpressions.GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex TraceId();
}
