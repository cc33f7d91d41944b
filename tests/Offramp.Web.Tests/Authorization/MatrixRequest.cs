using System.Net;
using System.Text.RegularExpressions;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>One cell of the matrix being arranged: who calls, on which kind of record, and whether success is expected.</summary>
public sealed record MatrixCall(MatrixScene Scene, Persona Caller, RecordKind Kind, bool ExpectSuccess)
{
    public TestWorld World => Scene.World;
}

/// <summary>What to send: route values for the endpoint's pattern, an optional query, body and If-Match version.</summary>
public sealed record PreparedRequest(IReadOnlyDictionary<string, object> Route, string? Query = null, object? Body = null, int? IfMatch = null)
{
    public static PreparedRequest Plain { get; } = new(new Dictionary<string, object>());
}

/// <summary>How to build a valid request for one endpoint, what it answers when allowed, and what its route points at.</summary>
public sealed record Recipe(RecordType Records, HttpStatusCode Success, Func<MatrixCall, Task<PreparedRequest>> Arrange);

/// <summary>Turns an endpoint and a prepared request into an HTTP request: the route pattern is filled from the route values.</summary>
public static partial class MatrixRequests
{
    public static HttpRequestMessage Build(ApiEndpoint endpoint, PreparedRequest prepared)
    {
        var path = RouteParameter().Replace(endpoint.Pattern, match =>
            prepared.Route.TryGetValue(match.Groups["name"].Value, out var value)
                ? Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!)
                : throw new InvalidOperationException($"{endpoint}: the recipe gives no value for route parameter '{match.Groups["name"].Value}'."));
        var method = endpoint.IsFallback ? HttpMethod.Get : new HttpMethod(endpoint.Method);
        var request = new HttpRequestMessage(method, prepared.Query is null ? path : $"{path}?{prepared.Query}");
        if (prepared.Body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(prepared.Body, prepared.Body.GetType(), options: TestJson.Options);
        }

        if (prepared.IfMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return request;
    }

    [GeneratedRegex(@"\{\*?(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
