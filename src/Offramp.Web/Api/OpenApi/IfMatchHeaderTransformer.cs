using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Offramp.Web.Api.OpenApi;

/// <summary>Declares the If-Match header on the writes that require it (<see cref="IfMatchMetadata"/>), so generated clients ask for it.</summary>
internal sealed class IfMatchHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IfMatchMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The strong ETag of the version being changed, as the GET of the record returned it, e.g. \"3\".",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }
}
