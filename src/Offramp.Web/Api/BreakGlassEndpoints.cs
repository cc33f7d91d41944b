using Offramp.Core.BreakGlass;
using Offramp.Web.Auth;

namespace Offramp.Web.Api;

/// <summary>Emergency (break-glass) access: at most 60 minutes of read access, loudly audited, reviewed by the director.</summary>
public static class BreakGlassEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/participants/{id:guid}/break-glass", async (Guid id, BreakGlassRequestCommand command, RequestBreakGlass useCase, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/participants/{id}", await useCase.ExecuteAsync(id, command, ct)))
            .WithTags("Break-glass")
            .WithSummary("Request emergency read access to a participant outside my scope, with a reason and step-up (X-Offramp-Step-Up).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .WithStepUp()
            .For(EndpointAudience.EmergencyAccess);

        var group = api.MapGroup("/break-glass").WithTags("Break-glass");
        group.MapGet("/", async (ListBreakGlassGrants useCase, bool? pendingReview, CancellationToken ct) => await useCase.ExecuteAsync(pendingReview ?? false, ct))
            .WithSummary("Emergency accesses: my own, and for directors those of their programs.")
            .For(EndpointAudience.Self);

        group.MapPost("/{grantId:guid}/review", async (Guid grantId, ReviewBreakGlassCommand command, ReviewBreakGlass useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(grantId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithSummary("Accept or escalate an emergency access (If-Match: the grant's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.DirectorReview);
    }
}
