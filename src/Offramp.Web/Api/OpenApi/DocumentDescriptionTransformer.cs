using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Offramp.Web.Api.OpenApi;

/// <summary>Title, licence, server and tag descriptions: what a client generator and a reader need before the first operation.</summary>
internal sealed class DocumentDescriptionTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Offramp API",
            Version = "v1",
            Description = "Case work, assessments and outcome evaluation for programs that help people leave violent extremism. "
                + "Every operation needs a personal access token (Authorization: Bearer), made in the web UI after MFA; writes need a token "
                + "with the write scope. A record outside the caller's scope answers 404 exactly like one that does not exist. Writes to "
                + "versioned records send If-Match with the ETag of the version they edited: 428 without it, 412 when someone else changed it first. "
                + "Errors are RFC 9457 problem details; 422 names the fields.",
            License = new OpenApiLicense { Name = "Apache-2.0", Identifier = "Apache-2.0" },
        };

        // Relative: the API is served by the deployment that serves this document, whatever name or proxy it is reached by.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The deployment that serves this document." }];

        document.Tags = new HashSet<OpenApiTag>(
            (document.Tags ?? new HashSet<OpenApiTag>()).Select(t => new OpenApiTag { Name = t.Name, Description = ApiTagDescriptions.For(t.Name) }));
        return Task.CompletedTask;
    }
}
