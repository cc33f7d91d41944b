using Offramp.Core.Safeguarding;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>Concerns about a participant, raised by the case team for the program director.</summary>
public static class ConcernEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}/concerns").WithTags("Safeguarding");

        group.MapPost("/", async (Guid id, RaiseConcernCommand command, RaiseConcern useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/concerns"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("RaiseConcern")
            .WithSummary("Raise a concern; the program director gets a task to decide on disclosure.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/", async (Guid id, ListConcerns useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListConcerns")
            .WithSummary("Concerns about the participant: all for the director, one's own for team members.")
            .For(EndpointAudience.CaseTeam);
    }
}
