using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Exports;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;

namespace Offramp.Core.Evaluation;

public static class EvaluationServices
{
    /// <summary>Metric frameworks, cohorts, the evaluation report and the research export.</summary>
    public static IServiceCollection AddEvaluation(this IServiceCollection services)
    {
        services.AddScoped<EvaluationAccess>();
        services.AddScoped<DefineMetric>();
        services.AddScoped<TranslateMetricName>();
        services.AddScoped<ListMetrics>();
        services.AddScoped<ImportComparisonGroup>();
        services.AddScoped<ListComparisonGroups>();
        services.AddScoped<EvaluationDatasetLoader>();
        services.AddScoped<AssessmentChangeCalculator>();
        services.AddScoped<CompositeCalculator>();
        services.AddScoped<BuildEvaluationReport>();
        services.AddScoped<Cohorts.CodedCohortFields>();
        services.AddScoped<ExportResearchData>();
        services.AddScoped<ListRatedInstruments>();
        return services;
    }
}
