using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

using Offramp.Hosting.Security;
using Offramp.Web.Auth;

namespace Offramp.Web.Api.OpenApi;

/// <summary>
/// Declares the step-up header on the endpoints that read it (<see cref="StepUpMetadata"/>). It is optional in the
/// document because the use case decides when a fresh code is needed (e.g. only to approve); without one it answers 403.
/// </summary>
internal sealed class StepUpHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<StepUpMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = StepUpVerifier.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "A fresh code from the caller's authenticator app (step-up), valid for 5 minutes once accepted.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }
}
