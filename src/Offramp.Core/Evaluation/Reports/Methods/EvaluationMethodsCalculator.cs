using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;

namespace Offramp.Core.Evaluation.Reports.Methods;

/// <summary>
/// Chooses the methods one adverse-outcome metric's data supports: an adjusted hazard ratio and a weighted comparison
/// when two groups are compared and both are present, cumulative incidence when death or deportation ended follow-up.
/// </summary>
internal static class EvaluationMethodsCalculator
{
    public static EvaluationMethods? Compute(Cohort cohort, MetricObservations obs, MetricDefinition metric, ExternalComparison? external)
    {
        if (metric.Kind != MetricKind.NoAdverseOutcome || obs.Slots.Length == 0)
        {
            return null;
        }

        var notes = new List<Phrase>();
        var data = external is not null ? ComparisonData.AgainstExternal(cohort, obs, external)
            : cohort.GroupLabels.Count == 2 ? ComparisonData.WithinProgram(cohort, obs)
            : null;
        if (data is null)
        {
            notes.Add(Phrase.Of("No comparison was chosen, so there is no hazard ratio or weighted comparison."));
            var all = CompetingIncidences.Compute(obs.Months, obs.Events, obs.Competing, null, "", "", metric.HorizonMonths, notes);
            return new EvaluationMethods(null, all, null, notes);
        }

        if (!data.InGroup.Any(g => g) || data.InGroup.All(g => g))
        {
            notes.Add(Phrase.Of($"Only one of {data.Group.ToLowerInvariant()} and {data.Reference.ToLowerInvariant()} has anyone in this metric, so the groups cannot be compared."));
            return new EvaluationMethods(null, null, null, notes);
        }

        var hazardRatio = AdjustedHazardRatios.Compute(data, notes);
        var incidence = external is null
            ? CompetingIncidences.Compute(data.Months, data.Events, data.Competing, data.InGroup, data.Group, data.Reference, metric.HorizonMonths, notes)
            : ProgramOnly(obs, metric, notes);
        var weighted = WeightedComparisons.Compute(data, notes);
        return new EvaluationMethods(hazardRatio, incidence, weighted, notes);
    }

    private static CompetingIncidence? ProgramOnly(MetricObservations obs, MetricDefinition metric, List<Phrase> notes)
    {
        notes.Add(Phrase.Of("The imported comparison group records no deaths or deportations, so cumulative incidence is shown for this program only."));
        return CompetingIncidences.Compute(obs.Months, obs.Events, obs.Competing, null, "", "", metric.HorizonMonths, notes);
    }
}
