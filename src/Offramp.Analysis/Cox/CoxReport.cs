using System.Collections.Immutable;

using Offramp.Analysis.Models;
using Offramp.Statistics.Regression;

namespace Offramp.Analysis.Cox;

/// <summary>What <c>analyze cox</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Rows used.</param>
/// <param name="RowsSkipped">Rows left out because a needed value was blank.</param>
/// <param name="Covariates">How each covariate entered the model.</param>
/// <param name="Strata">Strata labels (empty without --strata).</param>
/// <param name="Clusters">Number of clusters for the robust variance (0 without --cluster).</param>
/// <param name="Model">The fitted model.</param>
public sealed record CoxReport(
    string File,
    int N,
    int RowsSkipped,
    ImmutableArray<CovariateDescription> Covariates,
    ImmutableArray<string> Strata,
    int Clusters,
    CoxResult Model);
