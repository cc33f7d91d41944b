using System.Text.Json;

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Offramp.Web.Api.OpenApi;

/// <summary>
/// Enums travel as their names (JsonStringEnumConverter, integers refused), but the generator lists the names without
/// saying they are strings, and client generators then read them as numbers. This states the type.
/// </summary>
internal sealed class StringEnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is null && schema.Enum is { Count: > 0 } values)
        {
            var named = values.Where(v => v is not null).ToList();
            if (named.Count > 0 && named.All(v => v!.GetValueKind() == JsonValueKind.String))
            {
                // A null among the names comes from a nullable use; every such use already says "or null" with oneOf.
                schema.Enum = named;
                schema.Type = JsonSchemaType.String;
            }
        }

        return Task.CompletedTask;
    }
}
