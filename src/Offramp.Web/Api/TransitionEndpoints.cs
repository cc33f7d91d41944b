using Offramp.Core.Aftercare;
using Offramp.Core.Transition;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>The transition plan from custody to the community, and aftercare tasks.</summary>
public static class TransitionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}").WithTags("Transition and aftercare");

        group.MapGet("/transition", async (Guid id, GetTransitionPlan useCase, HttpContext http, CancellationToken ct) =>
            {
                if (await useCase.ExecuteAsync(id, ct) is not { } plan)
                {
                    return Results.Problem(statusCode: 404, title: "No transition plan has been written yet.");
                }

                ETags.Set(http.Response, plan.Version);
                return Results.Ok(plan);
            })
            .WithName("GetTransitionPlan")
            .WithSummary("The transition plan with release dates from the justice timeline; protection details for the caseworker and director only.")
            .Produces<TransitionPlanView>()
            .ReturnsETag()
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/transition", async (Guid id, TransitionPlanCommand command, SaveTransitionPlan useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/transition"), new CreatedId(await useCase.CreateAsync(id, command, ct))))
            .WithName("CreateTransitionPlan")
            .WithSummary("Write the transition plan.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseManager);

        group.MapPut("/transition", async (Guid id, TransitionPlanCommand command, SaveTransitionPlan useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.UpdateAsync(id, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("UpdateTransitionPlan")
            .WithSummary("Update the transition plan (If-Match required).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.CaseManager);

        group.MapPost("/aftercare-tasks", async (Guid id, AftercareTaskCommand command, AddAftercareTask useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At("worklist"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("AddAftercareTask")
            .WithSummary("Put an aftercare task on the worklist of an owner on the case team.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseTeam);
    }
}
