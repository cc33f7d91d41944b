using System.Collections.Immutable;

using Offramp.Statistics.Regression;

namespace Offramp.Analysis.Models;

/// <summary>How a covariate entered the model: numeric, or categorical with its levels and reference.</summary>
public sealed record CovariateDescription(string Name, string Kind, ImmutableArray<string> Levels, string? Reference)
{
    public static CovariateDescription Of(Covariate covariate) => covariate.IsCategorical
        ? new(covariate.Name, "categorical", [.. covariate.Levels], covariate.Levels[covariate.ReferenceLevel])
        : new(covariate.Name, "numeric", [], null);
}
