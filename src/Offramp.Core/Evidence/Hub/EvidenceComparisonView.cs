using Offramp.Core.Common;
using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Hub;

/// <summary>What the compare page shows: per comparable metric, programs side by side and the pooled estimates.</summary>
public sealed record EvidenceComparisonView(
    CompareEvidenceQuery Query,
    int Bundles,
    IReadOnlyList<ComparedMetric> Metrics,
    HubFilterOptions Options);

/// <summary>The values the filters offer, from the bundles the hub holds.</summary>
public sealed record HubFilterOptions(IReadOnlyList<string> Kinds, IReadOnlyList<string> Aims, IReadOnlyList<string> Regions, IReadOnlyList<string> Movements, IReadOnlyList<string> Periods, IReadOnlyList<HubCodedField> CodedFields);

/// <summary>
/// Metrics are comparable when they mean the same: same kind, same outcome types, same starting point, same horizon,
/// whatever each program called them.
/// </summary>
public sealed record ComparedMetric(
    string Signature,
    string Title,
    IReadOnlyList<ComparedProgram> Programs,
    IReadOnlyList<PooledEstimate> Pooled,
    IReadOnlyList<Phrase> Warnings,
    IReadOnlyList<ComparedStratum> Strata);

/// <summary>
/// One category of the coded field the comparison is broken down by ("Doubting"): each program's rate among its
/// participants coded so, and the rates pooled. Programs that withheld the category are listed without a figure.
/// </summary>
public sealed record ComparedStratum(string Category, string Label, IReadOnlyList<ComparedProgram> Programs, IReadOnlyList<PooledEstimate> Pooled, IReadOnlyList<Phrase> Warnings);

public sealed record ComparedProgram(
    Guid BundleId,
    string Program,
    string Publisher,
    string Period,
    string Kind,
    string? Region,
    int? Included,
    EvidenceEstimate? Proportion,
    EvidenceEstimate? RiskDifference,
    EvidenceEstimate? HazardRatio);

/// <summary>A random-effects pooled estimate on its natural scale (proportion, difference or ratio), with heterogeneity.</summary>
public sealed record PooledEstimate(
    string Measure,
    string Method,
    int Studies,
    double Estimate,
    double Lower,
    double Upper,
    double PredictionLower,
    double PredictionUpper,
    double Tau2,
    double I2,
    double H2,
    double Q,
    double QPValue,
    double PValue,
    IReadOnlyList<Phrase> Warnings);
