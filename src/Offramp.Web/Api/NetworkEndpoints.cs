using Offramp.Core.Network;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>The participant's network: ties judged as resource, neutral or risk; family involvement with consent.</summary>
public static class NetworkEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}/network").WithTags("Network");

        group.MapGet("/", async (Guid id, ListNetwork useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListNetworkTies")
            .WithSummary("Network ties, risks first.")
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/", async (Guid id, NetworkTieCommand command, SaveNetworkTie useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/network"), new CreatedId(await useCase.AddAsync(id, command, ct))))
            .WithName("AddNetworkTie")
            .WithSummary("Add a network tie.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseTeam);

        group.MapPut("/{tieId:guid}", async (Guid id, Guid tieId, NetworkTieCommand command, SaveNetworkTie useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.UpdateAsync(id, tieId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("UpdateNetworkTie")
            .WithSummary("Update a tie (If-Match: the tie's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.CaseTeam);
    }
}
