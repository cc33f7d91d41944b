using Offramp.Analysis.Models;
using Offramp.Statistics.Regression;

namespace Offramp.Analysis.Cox;

/// <summary>The options of one <c>analyze cox</c> run.</summary>
public sealed record CoxRequest(
    string CsvPath,
    string TimeColumn,
    string EventColumn,
    CovariateColumns Covariates,
    string? StrataColumn,
    string? ClusterColumn,
    bool Robust,
    CoxOptions Options);
