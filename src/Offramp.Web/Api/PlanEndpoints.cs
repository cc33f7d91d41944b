using Offramp.Core.Closure;
using Offramp.Core.Formulation;
using Offramp.Core.Plans;
using Offramp.Core.Plans.Proposals;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>Case formulation, the intervention plan with its reviews and dose, and closure of the case.</summary>
public static class PlanEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}").WithTags("Formulation and plan");

        group.MapGet("/formulation", async (Guid id, int? revision, GetFormulation useCase, CancellationToken ct) =>
                await useCase.ExecuteAsync(id, revision, ct) is { } view ? Results.Ok(view) : Results.Problem(statusCode: 404, title: "No formulation has been written yet."))
            .WithName("GetFormulation")
            .WithSummary("The case formulation (latest revision unless asked) and its revision history.")
            .Produces<FormulationView>()
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/formulation", async (Guid id, FormulationContent content, WriteFormulation useCase, CancellationToken ct) =>
            {
                var (formulationId, revision) = await useCase.ExecuteAsync(id, content, ct);
                return TypedResults.Created(ApiRoutes.At($"participants/{id}/formulation?revision={revision}"), new NewFormulationRevision(formulationId, revision));
            })
            .WithName("WriteFormulation")
            .WithSummary("Write a new revision of the case formulation (3N, push and pull factors, strengths).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/plan", async (Guid id, GetPlan useCase, HttpContext http, CancellationToken ct) =>
            {
                if (await useCase.ExecuteAsync(id, ct) is not { } plan)
                {
                    return Results.Problem(statusCode: 404, title: "No plan has been written yet.");
                }

                ETags.Set(http.Response, plan.Version);
                return Results.Ok(plan);
            })
            .WithName("GetPlan")
            .WithSummary("The intervention plan: goals with progress, modules with expected and delivered dose, reviews.")
            .Produces<PlanView>()
            .ReturnsETag()
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/plan/proposal", async (Guid id, Guid? templateId, ProposePlanModules useCase, CancellationToken ct) =>
                TypedResults.Ok(await useCase.ExecuteAsync(id, templateId, ct)))
            .WithName("ProposePlanModules")
            .WithSummary("The modules the template proposes for the participant, each with why: for an assessment-driven template, the ratings of the latest agreed assessment that indicate it; says plainly when there is no agreed assessment.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/plan", async (Guid id, CreatePlanCommand command, CreatePlan useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/plan"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("CreatePlan")
            .WithSummary("Write the intervention plan; the first review goes on the worklist. Without modules, an assessment-driven template gives the indicated ones; addedModules adds others with the practitioner's reason.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/plan/reviews", async (Guid id, ReviewPlanCommand command, ReviewPlan useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/plan"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("ReviewPlan")
            .WithSummary("Review the active plan with progress per goal; schedules the next review.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/plan/{planId:guid}/closure", async (Guid id, Guid planId, ClosePlanCommand command, ClosePlan useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(id, planId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("ClosePlan")
            .WithSummary("Complete or end the plan (If-Match: the plan's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.CaseManager);

        group.MapPost("/closure", async (Guid id, CloseCaseCommand command, CloseCase useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(id, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("CloseCase")
            .WithSummary("Close the case with a reason; follow-ups continue (If-Match: the participant's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ReturnsETag()
            .For(EndpointAudience.Director);
    }
}
