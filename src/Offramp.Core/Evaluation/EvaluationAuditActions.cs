namespace Offramp.Core.Evaluation;

/// <summary>Audit actions of evaluation: who produced which aggregate or export, of how many participants (never content).</summary>
public static class EvaluationAuditActions
{
    public const string Report = "evaluation-report";
    public const string ResearchExport = "research-export";
    public const string MetricDefined = "metric-defined";
    public const string ComparisonImported = "comparison-imported";
}
