using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Offramp.Web.Tests.Fuzzing;

/// <summary>One write endpoint (POST, PUT, PATCH, DELETE) as the app's OpenAPI document describes it.</summary>
public sealed partial record WriteOperation(HttpMethod Method, string Template, JsonObject? BodySchema)
{
    public string Key => $"{Method} {Template}";

    /// <summary>The names of the path parameters, in order ("id", "sessionId").</summary>
    public IReadOnlyList<string> PathParameters => [.. Parameter().Matches(Template).Select(m => m.Groups[1].Value)];

    /// <summary>Every write operation of /openapi/v1.json under /api/v1, in document order.</summary>
    public static IReadOnlyList<WriteOperation> From(JsonObject document)
    {
        var operations = new List<WriteOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (verb, operation) in item!.AsObject())
            {
                if (verb is "post" or "put" or "patch" or "delete" && path.StartsWith("/api/v1/", StringComparison.Ordinal))
                {
                    var body = operation?["requestBody"]?["content"]?["application/json"]?["schema"] as JsonObject;
                    operations.Add(new WriteOperation(new HttpMethod(verb.ToUpperInvariant()), path, body));
                }
            }
        }

        return operations;
    }

    public override string ToString() => Key;

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
