using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Offramp.Web.Api.OpenApi;

/// <summary>
/// Declares the one way the API authenticates, a personal access token as a bearer token (the UI's cookie is not
/// accepted here), and requires it on every operation that is not anonymous. Writes name the "write" scope the token
/// must carry, as OpenAPI 3.1 allows role names for non-OAuth schemes.
/// </summary>
internal sealed class BearerTokenTransformer : IOpenApiOperationTransformer
{
    public const string SchemeName = "personalAccessToken";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The operation is not part of a document.");
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal access token, made in the web UI after MFA (Account, Access tokens). Read-only tokens get 403 on writes.",
        });

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return Task.CompletedTask;
        }

        var writes = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Auth.Policies.ApiWrite);
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = writes ? ["write"] : [] },
        ];
        return Task.CompletedTask;
    }
}
