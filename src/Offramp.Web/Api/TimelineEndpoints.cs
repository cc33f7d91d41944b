using Offramp.Core.Justice;
using Offramp.Core.Sessions;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>Dated events on a participant's timeline: justice events and sessions.</summary>
public static class TimelineEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}").WithTags("Timeline").RequireAuthorization(Auth.Policies.ApiWrite);

        group.MapPost("/justice-events", async (Guid id, JusticeEventCommand command, RecordJusticeEvent useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}"), new CreatedId(await useCase.AddAsync(id, command, ct))))
            .WithName("AddJusticeEvent")
            .WithSummary("Add a justice event (arrest, sentence, custody, release, licence...).")
            .For(EndpointAudience.CaseManager);

        group.MapPut("/justice-events/{eventId:guid}", async (Guid id, Guid eventId, JusticeEventCommand command, RecordJusticeEvent useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.UpdateAsync(id, eventId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("UpdateJusticeEvent")
            .WithSummary("Correct a justice event (If-Match required).")
            .RequiresIfMatch()
            .ReturnsETag()
            .For(EndpointAudience.CaseManager);

        group.MapPost("/sessions", async (Guid id, SessionCommand command, LogSession useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}"), new CreatedId(await useCase.AddAsync(id, command, ct))))
            .WithName("LogSession")
            .WithSummary("Log a session; notes are sealed at rest.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseTeam);

        group.MapPut("/sessions/{sessionId:guid}", async (Guid id, Guid sessionId, SessionCommand command, LogSession useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.UpdateAsync(id, sessionId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("UpdateSession")
            .WithSummary("Correct a session (author or director; If-Match required).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.CaseTeam);
    }
}
