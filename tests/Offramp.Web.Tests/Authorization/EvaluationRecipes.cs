using System.Collections.Concurrent;
using System.Net;

using Offramp.Core.Audit;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>Valid requests for the evaluation endpoints (issue #7), merged into <see cref="EndpointRecipes.All"/>.</summary>
public static class EvaluationRecipes
{
    private const string Evaluation = "/api/v1/programs/{programId:guid}/evaluation";

    /// <summary>Per scene and program: a survival metric with one released participant, so its chart exists.</summary>
    private static readonly ConcurrentDictionary<(MatrixScene, Guid), Lazy<Task<Guid>>> SurvivalMetrics = new();

    public static IReadOnlyDictionary<string, Recipe> All { get; } = new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        [$"GET {Evaluation}/metrics"] = new(RecordType.Program, HttpStatusCode.OK, c => Done(Route(("programId", ProgramOf(c))))),
        [$"POST {Evaluation}/metrics"] = new(RecordType.Program, HttpStatusCode.Created, c => Done(Route(("programId", ProgramOf(c))) with
        {
            Body = new DefineMetricCommand
            {
                Name = $"No re-arrest within 12 months ({Guid.NewGuid():N})",
                Kind = MetricKind.NoAdverseOutcome,
                OutcomeTypes = [OutcomeType.ReArrest],
                Anchor = MetricAnchor.Release,
                HorizonMonths = 12,
            },
        })),
        [$"GET {Evaluation}/comparison-groups"] = new(RecordType.Program, HttpStatusCode.OK, c => Done(Route(("programId", ProgramOf(c))))),
        [$"POST {Evaluation}/comparison-groups"] = new(RecordType.Program, HttpStatusCode.Created, c => Done(Route(("programId", ProgramOf(c))) with
        {
            Body = new { Name = $"Comparison {Guid.NewGuid():N}", Definition = "re-arrest, probation caseload 2020", Csv = "months_at_risk,event\n12,1\n24,0\n" },
        })),
        [$"GET {Evaluation}/report"] = new(RecordType.Program, HttpStatusCode.OK, c => Done(Route(("programId", ProgramOf(c))) with { Query = "gender=Male" })),
        [$"GET {Evaluation}/report/metrics/{{metricId:guid}}/survival.svg"] = new(RecordType.Program, HttpStatusCode.OK, ChartAsync),
        [$"GET {Evaluation}/report/metrics/{{metricId:guid}}/survival.png"] = new(RecordType.Program, HttpStatusCode.OK, ChartAsync),
    };

    private static async Task<PreparedRequest> ChartAsync(MatrixCall c)
    {
        var programId = ProgramOf(c);
        var metricId = c.Kind is RecordKind.TeamCase or RecordKind.OtherOrganisation
            ? await SurvivalMetrics.GetOrAdd((c.Scene, programId), key => new Lazy<Task<Guid>>(() => SurvivalMetricAsync(c.World, key.Item2, c.Kind))).Value
            : Guid.NewGuid();
        return Route(("programId", programId), ("metricId", metricId));
    }

    private static async Task<Guid> SurvivalMetricAsync(TestWorld world, Guid programId, RecordKind kind)
    {
        var organisationId = kind == RecordKind.OtherOrganisation ? world.OtherOrganisationId : world.OrganisationId;
        await world.AddEvaluationCasesAsync(programId, [new EvaluationCase(Outcomes: [(OutcomeType.ReArrest, 800)]), new EvaluationCase()], organisationId);
        return await world.DbAsync(async db =>
        {
            var metric = new MetricDefinition
            {
                OrganisationId = organisationId,
                ProgramId = programId,
                Name = $"Matrix survival {Guid.NewGuid():N}",
                Kind = MetricKind.NoAdverseOutcome,
                OutcomeTypes = nameof(OutcomeType.ReArrest),
                Anchor = MetricAnchor.Release,
                HorizonMonths = 24,
                DefinedAt = DateTimeOffset.UtcNow,
            };
            db.Set<MetricDefinition>().Add(metric);
            db.Audit.Record(AuditActions.Create, AuditEntities.EvaluationMetric, metric.Id);
            await db.SaveChangesAsync();
            return metric.Id;
        });
    }

    /// <summary>The main program (its director and evaluator), the second one (no director or evaluator persona), the other organisation's.</summary>
    private static Guid ProgramOf(MatrixCall c) => c.Kind switch
    {
        RecordKind.TeamCase => c.World.ProgramId,
        RecordKind.OtherCaseload => c.World.SecondProgramId,
        RecordKind.OtherOrganisation => c.World.OtherProgramId,
        _ => Guid.NewGuid(),
    };

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));
}
