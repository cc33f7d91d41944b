using Offramp.Core.FollowUp;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>Follow-ups for years after release or completion, anchored on the justice timeline.</summary>
public static class FollowUpEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}/follow-ups").WithTags("Follow-ups");

        group.MapGet("/", async (Guid id, ListFollowUps useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListFollowUps")
            .WithSummary("The participant's follow-ups with what was found.")
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/schedule", async (Guid id, StartFollowUpScheduleCommand command, StartFollowUpSchedule useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/follow-ups"), new CreatedIds(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("StartFollowUpSchedule")
            .WithSummary("Start the follow-up schedule from the release on the justice timeline, or from a completion date.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/{followUpId:guid}/record", async (Guid id, Guid followUpId, RecordFollowUpCommand command, RecordFollowUp useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(id, followUpId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("RecordFollowUp")
            .WithSummary("Record a follow-up: contact made or not, source, findings (If-Match: the follow-up's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.CaseTeam);
    }
}
