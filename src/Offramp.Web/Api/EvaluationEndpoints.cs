using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Reports.Charts;
using Offramp.Web.Api.Contracts;
using Offramp.Web.Evaluation;

namespace Offramp.Web.Api;

/// <summary>
/// A program's evaluation: success metrics, comparison groups, and the report (aggregates only, with survival charts).
/// Directors and evaluators of the program, who both define metrics; everyone else 404.
/// </summary>
public static class EvaluationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programs/{programId:guid}/evaluation").WithTags("Evaluation");

        group.MapGet("/metrics", async (Guid programId, ListMetrics useCase, CancellationToken ct) => await useCase.ExecuteAsync(programId, ct))
            .WithName("ListMetrics")
            .WithSummary("What success means for this program: its metrics, each with its definition in words.")
            .For(EndpointAudience.ProgramEvaluation);

        group.MapPost("/metrics", async (Guid programId, DefineMetricCommand command, DefineMetric useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"programs/{programId}/evaluation/metrics"), new CreatedId(await useCase.ExecuteAsync(programId, command, ct))))
            .WithName("DefineMetric")
            .WithSummary("Define a success metric from the outcome taxonomy, an assessment, or 2–5 of the program's other metrics that must all succeed (composite); by the program's evaluators or director.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.ProgramEvaluation);

        group.MapGet("/comparison-groups", async (Guid programId, ListComparisonGroups useCase, CancellationToken ct) => await useCase.ExecuteAsync(programId, ct))
            .WithName("ListComparisonGroups")
            .WithSummary("Imported external comparison groups (name, outcome definition, size).")
            .For(EndpointAudience.ProgramEvaluation);

        group.MapPost("/comparison-groups", async (Guid programId, ComparisonGroupImport body, ImportComparisonGroup useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"programs/{programId}/evaluation/comparison-groups"),
                    new CreatedId(await useCase.ExecuteAsync(programId, body.Name ?? "", body.Definition ?? "", body.Csv ?? "", ct))))
            .WithName("ImportComparisonGroup")
            .WithSummary("Import an external comparison group from CSV text (months_at_risk,event[,gender]).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.ProgramEvaluation);

        group.MapGet("/report", async (Guid programId, [AsParameters] CohortFilter query, BuildEvaluationReport useCase, CancellationToken ct) =>
                await useCase.ExecuteAsync(programId, query, ct))
            .WithName("GetEvaluationReport")
            .WithSummary("The evaluation report over a cohort: survival with CIs, rates at the horizon, comparisons with effect sizes, pre/post change, by gender, small numbers stated in words.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.ProgramEvaluation);

        group.MapGet("/report/metrics/{metricId:guid}/survival.svg", async (Guid programId, Guid metricId, [AsParameters] CohortFilter query, BuildEvaluationReport useCase, CancellationToken ct) =>
                Results.Text(SurvivalChart.Svg(await MetricSurvival.OfAsync(useCase, programId, metricId, query, ct), SurvivalChartWords.English("Survival")), "image/svg+xml"))
            .WithName("GetSurvivalChartSvg")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .WithSummary("The metric's Kaplan–Meier curves with 95% bands, as SVG.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.ProgramEvaluation);

        group.MapGet("/report/metrics/{metricId:guid}/survival.png", async (Guid programId, Guid metricId, [AsParameters] CohortFilter query, BuildEvaluationReport useCase, CancellationToken ct) =>
                Results.File(SurvivalChart.Png(await MetricSurvival.OfAsync(useCase, programId, metricId, query, ct), SurvivalChartWords.English("Survival")), "image/png"))
            .WithName("GetSurvivalChartPng")
            .Produces<Stream>(StatusCodes.Status200OK, "image/png")
            .WithSummary("The metric's Kaplan–Meier curves with 95% bands, as PNG.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.ProgramEvaluation);
    }
}

public sealed record ComparisonGroupImport(string? Name, string? Definition, string? Csv);
