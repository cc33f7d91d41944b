using Microsoft.OpenApi;

using Offramp.Core.DataProtection;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>Subject access: recorded by the case manager, approved by the director, exported as HTML or JSON.</summary>
public static class SubjectAccessEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}/subject-access").WithTags("Data protection");

        group.MapPost("/", async (Guid id, SubjectAccessRequestBody body, ManageSubjectAccess useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/subject-access"), new CreatedId(await useCase.RequestAsync(id, body.ReceivedOn, ct))))
            .WithName("RequestSubjectAccess")
            .WithSummary("Record that the participant asked for their data.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/{requestId:guid}/approval", async (Guid id, Guid requestId, ManageSubjectAccess useCase, HttpContext http, CancellationToken ct) =>
            {
                await useCase.ApproveAsync(id, requestId, ETags.RequireIfMatch(http.Request), ct);
                return TypedResults.NoContent();
            })
            .WithName("ApproveSubjectAccess")
            .WithSummary("The director approves the export (If-Match: the request's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);

        group.MapGet("/{requestId:guid}/export", async (Guid id, Guid requestId, string? format, ExportSubjectAccess useCase, CancellationToken ct) =>
            {
                var export = await useCase.ExecuteAsync(id, requestId, ct);
                return format == "html"
                    ? Results.Text(SubjectAccessHtml.Render(export), "text/html; charset=utf-8")
                    : Results.Json(export);
            })
            .WithName("ExportSubjectAccess")
            .Produces<SubjectAccessExport>()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // format=html answers the same export as a readable page, which no JSON schema describes.
                operation.Responses?["200"].Content?.Add("text/html", new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
                return Task.CompletedTask;
            })
            .WithSummary("The export of an approved request: JSON, or a readable page with format=html.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);
    }
}

public sealed record SubjectAccessRequestBody(DateOnly ReceivedOn);
