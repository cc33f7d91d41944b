using System.Net;

using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>The evaluation API as the tests call it.</summary>
internal static class EvaluationCalls
{
    public static DefineMetricCommand NoViolentReconviction(int months = 24) => new()
    {
        Name = $"No violent reconviction within {months} months of release",
        Kind = MetricKind.NoAdverseOutcome,
        OutcomeTypes = [OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent],
        Anchor = MetricAnchor.Release,
        HorizonMonths = months,
    };

    public static DefineMetricCommand EmployedAt12Months() => new()
    {
        Name = "Employed at 12 months",
        Kind = MetricKind.PositiveOutcome,
        OutcomeTypes = [OutcomeType.Employment],
        Anchor = MetricAnchor.Release,
        HorizonMonths = 12,
    };

    public static DefineMetricCommand Composite(string name, params Guid[] components) => new()
    {
        Name = name,
        Kind = MetricKind.Composite,
        ComponentMetricIds = [.. components],
    };

    public static async Task<Guid> DefineAsync(this TestWorld world, Guid programId, DefineMetricCommand command, Persona by = Persona.Director) =>
        await (await world.Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{programId}/evaluation/metrics", command)
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

    public static async Task<EvaluationReport> ReportAsync(this TestWorld world, Guid programId, Persona reader = Persona.Evaluator, string query = "") =>
        await (await world.Client(reader).GetAsync($"/api/v1/programs/{programId}/evaluation/report{query}").ExpectAsync(HttpStatusCode.OK))
            .ReadJsonAsync<EvaluationReport>();
}
