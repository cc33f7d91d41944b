using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Reports;

namespace Offramp.Web.Evaluation;

/// <summary>The survival section of one metric of a program's report, for the survival charts of the API and of the report page.</summary>
public static class MetricSurvival
{
    /// <summary>The metric's curves, or <see cref="NotFoundException"/> when the program has no such metric or it has no curve (not an adverse-outcome metric).</summary>
    public static async Task<SurvivalSummary> OfAsync(BuildEvaluationReport useCase, Guid programId, Guid metricId, CohortFilter cohort, CancellationToken ct)
    {
        var report = await useCase.ExecuteAsync(programId, cohort, ct);
        return report.Metrics.FirstOrDefault(m => m.Metric.Id == metricId)?.Survival ?? throw new NotFoundException();
    }
}
