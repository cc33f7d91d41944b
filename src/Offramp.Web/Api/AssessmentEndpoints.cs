using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Observations;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Assessments.Trajectory;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>A participant's assessments: open, rate blind, agree, observe, and follow over time.</summary>
public static class AssessmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}").WithTags("Assessments");

        group.MapGet("/assessments", async (Guid id, ListAssessments useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListAssessments")
            .WithSummary("The participant's assessments, newest first.")
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/assessments", async (Guid id, OpenAssessmentCommand command, OpenAssessment useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/assessments"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("OpenAssessment")
            .WithSummary("Open a baseline, scheduled or event-driven assessment on a published instrument version.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.AssessmentOpener);

        group.MapGet("/assessments/{assessmentId:guid}", async (Guid id, Guid assessmentId, GetAssessment useCase, HttpContext http, CancellationToken ct) =>
            {
                var view = await useCase.ExecuteAsync(id, assessmentId, ct);
                ETags.Set(http.Response, view.Version);
                return view;
            })
            .WithName("GetAssessment")
            .WithSummary("One assessment. Others' ratings are left out until the caller has submitted theirs (blind rating).")
            .ReturnsETag()
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/assessments/{assessmentId:guid}/ratings", async (Guid id, Guid assessmentId, SubmitRatingsCommand command, SubmitRatings useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/assessments/{assessmentId}"), new CreatedId(await useCase.ExecuteAsync(id, assessmentId, command, ct))))
            .WithName("SubmitRatings")
            .WithSummary("Submit the caller's ratings of every item, once; evidence and rationale are sealed at rest.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.AssessmentRater);

        group.MapPost("/assessments/{assessmentId:guid}/consensus", async (Guid id, Guid assessmentId, ConsensusCommand command, RecordConsensus useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(id, assessmentId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("RecordConsensus")
            .WithSummary("Record the agreed rating per item, the formulation and the overall judgement (If-Match: the assessment's ETag).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.ConsensusChair);

        group.MapGet("/assessments/changes", async (Guid id, Guid from, Guid to, CompareAssessments useCase, CancellationToken ct) =>
                await useCase.ExecuteAsync(id, from, to, ct))
            .WithName("CompareAssessments")
            .WithSummary("What changed between two agreed assessments, item by item, with who rated what and why.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/assessments/trajectory", async (Guid id, string? instrument, GetTrajectory useCase, CancellationToken ct) =>
                await useCase.ExecuteAsync(id, instrument, ct) is { } view ? Results.Ok(view) : Results.NoContent())
            .WithName("GetTrajectory")
            .Produces<TrajectoryView>()
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Each domain over time: the agreed level of every item at every agreed assessment (204 when there is none).")
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/observations", async (Guid id, ListObservations useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListObservations")
            .WithSummary("Observations about the participant with their source, reliability and the items they support.")
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/observations", async (Guid id, ObservationCommand command, RecordObservation useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/observations"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("RecordObservation")
            .WithSummary("Record an observation (sealed) and attach it to assessment items as evidence.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseTeam);
    }
}
