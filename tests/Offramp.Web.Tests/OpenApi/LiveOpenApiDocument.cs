using System.Net;
using System.Text.Json.Nodes;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.OpenApi;

/// <summary>The OpenAPI document exactly as the running app serves it, anonymously, at /openapi/v1.json.</summary>
internal static class LiveOpenApiDocument
{
    public static async Task<string> FetchAsync(OfframpAppFactory app)
    {
        using var client = app.CreateApiClient();
        var response = await client.GetAsync("/openapi/v1.json").ExpectAsync(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>How many operations the document describes, so a test over it cannot pass on an empty document.</summary>
    public static int OperationCount(string document) =>
        JsonNode.Parse(document)!["paths"]!.AsObject().Sum(path => path.Value!.AsObject().Count(m => m.Key is "get" or "put" or "post" or "delete" or "patch"));

    /// <summary>Writes the document to a new temporary file for a command-line tool; the caller deletes it.</summary>
    public static async Task<string> ToTempFileAsync(string document)
    {
        var path = Path.Combine(Path.GetTempPath(), $"offramp-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, document);
        return path;
    }
}
