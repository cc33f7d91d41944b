using Offramp.Core.Outcomes;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>Outcome events in the taxonomy, dated, with source and confidence.</summary>
public static class OutcomeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}/outcomes").WithTags("Outcomes");

        group.MapGet("/", async (Guid id, ListOutcomes useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListOutcomes")
            .WithSummary("Outcomes, newest first; retracted ones are marked.")
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/", async (Guid id, RecordOutcomeCommand command, RecordOutcome useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/outcomes"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("RecordOutcome")
            .WithSummary("Record an outcome (re-arrest, reconviction, re-engagement, employment, housing...).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/{outcomeId:guid}/retraction", async (Guid id, Guid outcomeId, RetractOutcomeCommand command, RetractOutcome useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(id, outcomeId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("RetractOutcome")
            .WithSummary("Retract an outcome recorded in error, with the reason (If-Match: the outcome's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.CaseManager);
    }
}
