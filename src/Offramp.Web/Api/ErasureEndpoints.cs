using Offramp.Core.Erasure;
using Offramp.Core.Retention;
using Offramp.Web.Auth;

namespace Offramp.Web.Api;

/// <summary>Legal holds and erasure on request. Erasure is refused, with the reason, while a hold or legal obligation applies.</summary>
public static class ErasureEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}").WithTags("Data protection").RequireAuthorization(Auth.Policies.ApiWrite);

        group.MapPost("/legal-holds", async (Guid id, LegalHoldCommand command, ManageLegalHolds useCase, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/participants/{id}", new { id = await useCase.PlaceAsync(id, command, ct) }))
            .WithSummary("Place a legal hold: retention skips the record and erasure is refused.")
            .For(EndpointAudience.Director);

        group.MapDelete("/legal-holds/{holdId:guid}", async (Guid id, Guid holdId, ManageLegalHolds useCase, HttpContext http, CancellationToken ct) =>
            {
                await useCase.LiftAsync(id, holdId, ETags.RequireIfMatch(http.Request), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Lift a legal hold (If-Match: the hold's version).")
            .For(EndpointAudience.Director);

        group.MapPost("/erasure", async (Guid id, EraseParticipantCommand command, EraseParticipant useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(id, command, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Erase identifiers and free text on a valid request, with step-up (X-Offramp-Step-Up); coded data and the audit trail stay.")
            .WithStepUp()
            .For(EndpointAudience.Director);
    }
}
