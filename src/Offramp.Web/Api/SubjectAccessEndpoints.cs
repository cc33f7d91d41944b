using Offramp.Core.DataProtection;

namespace Offramp.Web.Api;

/// <summary>Subject access: recorded by the case manager, approved by the director, exported as HTML or JSON.</summary>
public static class SubjectAccessEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}/subject-access").WithTags("Data protection");

        group.MapPost("/", async (Guid id, SubjectAccessRequestBody body, ManageSubjectAccess useCase, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/participants/{id}/subject-access", new { id = await useCase.RequestAsync(id, body.ReceivedOn, ct) }))
            .WithSummary("Record that the participant asked for their data.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/{requestId:guid}/approval", async (Guid id, Guid requestId, ManageSubjectAccess useCase, HttpContext http, CancellationToken ct) =>
            {
                await useCase.ApproveAsync(id, requestId, ETags.RequireIfMatch(http.Request), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("The director approves the export (If-Match: the request's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.Director);

        group.MapGet("/{requestId:guid}/export", async (Guid id, Guid requestId, string? format, ExportSubjectAccess useCase, CancellationToken ct) =>
            {
                var export = await useCase.ExecuteAsync(id, requestId, ct);
                return format == "html"
                    ? Results.Text(SubjectAccessHtml.Render(export), "text/html; charset=utf-8")
                    : Results.Json(export);
            })
            .WithSummary("The export of an approved request: JSON, or a readable page with format=html.")
            .For(EndpointAudience.Director);
    }
}

public sealed record SubjectAccessRequestBody(DateOnly ReceivedOn);
