using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Offramp.Web.Tests;

/// <summary>Reads ProblemDetails answers: status, title, detail and the field errors of a 422.</summary>
public sealed record ProblemJson(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, JsonObject Raw)
{
    public static async Task<ProblemJson> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var raw = JsonNode.Parse(text)!.AsObject();
        var errors = raw["errors"] is JsonObject fields
            ? fields.ToDictionary(f => f.Key, f => f.Value!.AsArray().Select(v => v!.GetValue<string>()).ToArray(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal((int)expected, raw["status"]!.GetValue<int>());
        return new ProblemJson(raw["status"]!.GetValue<int>(), raw["title"]?.GetValue<string>(), raw["detail"]?.GetValue<string>(), errors, raw);
    }

    /// <summary>The body without the per-request trace id, to compare two answers.</summary>
    public string WithoutTraceId()
    {
        var copy = Raw.DeepClone().AsObject();
        copy.Remove("traceId");
        return copy.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>The messages for one field; fails when the field has none.</summary>
    public string[] ErrorsFor(string field)
    {
        Assert.True(Errors.TryGetValue(field, out var messages), $"No error for '{field}'; errors: {string.Join(", ", Errors.Keys)}; detail: {Detail}");
        return messages!;
    }
}
