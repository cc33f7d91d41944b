using System.Collections.Immutable;

using Offramp.Analysis.Models;
using Offramp.Statistics.Weighting;

namespace Offramp.Analysis.Weighted;

/// <summary>What <c>analyze weighted</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Participants analysed.</param>
/// <param name="RowsSkipped">Rows left out because a needed value was blank.</param>
/// <param name="Treatment">The treatment column.</param>
/// <param name="TreatedLevel">The value marking the program group.</param>
/// <param name="ComparisonLevel">The value marking the comparison group.</param>
/// <param name="Covariates">How each covariate entered the propensity model.</param>
/// <param name="Horizons">Times at which the weighted curves are reported in tables.</param>
/// <param name="Result">The weighted comparison.</param>
public sealed record WeightedReport(
    string File,
    int N,
    int RowsSkipped,
    string Treatment,
    string TreatedLevel,
    string ComparisonLevel,
    ImmutableArray<CovariateDescription> Covariates,
    ImmutableArray<double> Horizons,
    WeightedComparisonResult Result);
