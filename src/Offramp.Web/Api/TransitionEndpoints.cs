using Offramp.Core.Aftercare;
using Offramp.Core.Transition;

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
            .WithSummary("The transition plan with release dates from the justice timeline; protection details for the caseworker and director only.")
            .Produces<TransitionPlanView>()
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/transition", async (Guid id, TransitionPlanCommand command, SaveTransitionPlan useCase, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/participants/{id}/transition", new { id = await useCase.CreateAsync(id, command, ct) }))
            .WithSummary("Write the transition plan.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.CaseManager);

        group.MapPut("/transition", async (Guid id, TransitionPlanCommand command, SaveTransitionPlan useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.UpdateAsync(id, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithSummary("Update the transition plan (If-Match required).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/aftercare-tasks", async (Guid id, AftercareTaskCommand command, AddAftercareTask useCase, CancellationToken ct) =>
                TypedResults.Created("/api/v1/worklist", new { id = await useCase.ExecuteAsync(id, command, ct) }))
            .WithSummary("Put an aftercare task on the worklist of an owner on the case team.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.CaseTeam);
    }
}
