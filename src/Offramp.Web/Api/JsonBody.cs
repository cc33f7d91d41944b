using System.Text.Json;
using System.Text.Json.Nodes;

namespace Offramp.Web.Api;

/// <summary>
/// A request body read as JSON for a use case that checks it against its schema itself (a template given as a file).
/// JSON that cannot be parsed is answered 400 like any body that does not bind (see ProblemDetailsExceptionHandler).
/// </summary>
public static class JsonBody
{
    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The JSON body is malformed.", StatusCodes.Status400BadRequest, e);
        }
    }
}
