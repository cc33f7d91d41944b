using Offramp.Core.Common;
using Offramp.Statistics.Common;
using Offramp.Statistics.Regression;

namespace Offramp.Core.Evaluation.Reports.Methods;

/// <summary>The group's hazard ratio from a Cox model with the recorded covariates, or why it cannot be estimated.</summary>
internal static class AdjustedHazardRatios
{
    public static AdjustedHazardRatio? Compute(ComparisonData data, List<Phrase> notes)
    {
        if (!data.Events.Any(e => e))
        {
            notes.Add(Phrase.Of("Nobody in either group has had the outcome yet, so there is no hazard ratio to estimate."));
            return null;
        }

        var group = Covariate.Categorical("group", [.. data.InGroup.Select(g => g ? 1 : 0)], [data.Reference, data.Group]);
        try
        {
            // The report shows no concordance, which would cost as much as the Cox fit itself.
            var fit = CoxRegression.Fit(new CoxModelInput(data.Months, data.Events, [group, .. data.Covariates]), new CoxOptions { Concordance = false });
            var c = fit.Coefficients[0];
            return new AdjustedHazardRatio(data.Group, data.Reference, [.. data.Covariates.Select(v => v.Name)], fit.N, fit.Events,
                c.HazardRatio, MetricCalculator.Finite(c.Lower), MetricCalculator.Finite(c.Upper), MetricCalculator.Finite(c.PValue),
                [.. RateEstimates.Words(fit.Warnings), .. data.Omitted]);
        }
        catch (ModelNotEstimableException refused)
        {
            notes.Add(Phrase.Of($"An adjusted hazard ratio cannot be estimated from these data: {RateEstimates.Words(refused.Text)}"));
            return null;
        }
    }
}
