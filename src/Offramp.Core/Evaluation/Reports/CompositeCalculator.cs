using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// A composite metric: success on every component. A cohort member is included only where every component can be
/// determined for them (at risk on each outcome component, a baseline and review on each assessment component); the
/// others are left out with each component's reason. An included member is resolved only once every component is:
/// counting an early failure on one component before the others are known would let short follow-up add failures
/// that it cannot add successes for, and bias the rate down.
/// </summary>
public sealed class CompositeCalculator(AssessmentChangeCalculator changes)
{
    /// <param name="programMetrics">The program's metrics by id: the components are among them (a composite names only metrics of its program, and definitions are never deleted).</param>
    public async Task<MetricResult> ComputeAsync(Cohort cohort, MetricDefinition metric, IReadOnlyDictionary<Guid, MetricDefinition> programMetrics, CancellationToken ct)
    {
        var view = MetricView.From(metric, MetricView.Names(programMetrics.Values));
        var components = new List<(MetricDefinition Metric, SuccessObservations Observations, Phrase? Reason)>();
        foreach (var id in metric.Components)
        {
            var component = programMetrics.TryGetValue(id, out var found) ? found
                : throw new InvalidOperationException($"Metric {metric.Id} names component {id}, which is not a metric of its program.");
            if (component.Kind == MetricKind.AssessmentChange)
            {
                var (observations, why) = await changes.ObservationsAsync(cohort, component, ct);
                components.Add((component, observations, why));
            }
            else
            {
                var observations = MetricObservations.Compute(cohort, component);
                components.Add((component, observations, observations.NotApplicable == 0 ? null : MetricAnchors.NotAtRisk(component.Anchor, observations.NotApplicable)));
            }
        }

        var composite = Combine(cohort, [.. components.Select(c => c.Observations)]);
        var left = Phrase.Join("; ", components.Where(c => c.Observations.NotApplicable > 0).Select(c => Phrase.Of($"{Phrase.Name(c.Metric.Name, c.Metric.Translations)}: {c.Reason}")));
        var reason = composite.NotApplicable == 0 ? null
            : Phrase.Of($"{composite.NotApplicable} for whom a component cannot be determined ({left})");
        return MetricCalculator.ComputeRates(cohort, view, composite, reason);
    }

    /// <summary>Members in every component, in cohort order; resolved where every component is, successful where every component is.</summary>
    internal static SuccessObservations Combine(Cohort cohort, IReadOnlyList<SuccessObservations> components)
    {
        var bySlot = components.Select(c =>
        {
            var of = new Dictionary<int, int>(c.Slots.Length);
            for (var k = 0; k < c.Slots.Length; k++)
            {
                of[c.Slots[k]] = k;
            }

            return of;
        }).ToList();
        var slots = new List<int>(cohort.Count);
        var resolved = new List<bool>(cohort.Count);
        var success = new List<bool>(cohort.Count);
        foreach (var i in cohort.Members)
        {
            var (inAll, allResolved, allSucceeded) = (true, true, true);
            for (var c = 0; c < components.Count && inAll; c++)
            {
                if (!bySlot[c].TryGetValue(i, out var k))
                {
                    inAll = false;
                    continue;
                }

                allResolved &= components[c].Resolved[k];
                allSucceeded &= components[c].Success[k];
            }

            if (inAll)
            {
                slots.Add(i);
                resolved.Add(allResolved);
                success.Add(allSucceeded);
            }
        }

        return new SuccessObservations([.. slots], [.. resolved], [.. success], cohort.Count - slots.Count);
    }
}
