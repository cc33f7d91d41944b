using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Offramp.Web.Api.OpenApi;

/// <summary>Declares the ETag header on the successful answers of endpoints that send it (<see cref="ETagMetadata"/>).</summary>
internal sealed class ETagHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ETagMetadata>().Any())
        {
            return Task.CompletedTask;
        }

        foreach (var (status, answer) in operation.Responses ?? [])
        {
            if (status.StartsWith('2') && answer is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The record's version as a strong ETag, e.g. \"3\": send it back in If-Match to change the record.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        return Task.CompletedTask;
    }
}
