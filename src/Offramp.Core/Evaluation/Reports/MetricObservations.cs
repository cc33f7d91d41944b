using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// Who a metric could be determined for and whether each succeeded: all that a rate, its breakdowns and the 2×2 tables
/// read. Outcome metrics add follow-up time (<see cref="MetricObservations"/>); a composite and an assessment metric
/// as a composite's component have none.
/// </summary>
public class SuccessObservations(int[] slots, bool[] resolved, bool[] success, int notApplicable)
{
    /// <summary>Dataset slots of the members the metric applies to; the other arrays are parallel to it.</summary>
    public int[] Slots { get; } = slots;

    /// <summary>Known at the horizon: the outcome happened within it, or the member was followed for all of it.</summary>
    public bool[] Resolved { get; } = resolved;

    /// <summary>Met the definition of success at the horizon (meaningful only where <see cref="Resolved"/>).</summary>
    public bool[] Success { get; } = success;

    /// <summary>Cohort members the metric cannot be determined for (e.g. not released, no review).</summary>
    public int NotApplicable { get; } = notApplicable;
}

/// <summary>
/// One outcome metric applied to each cohort member: follow-up time in months from the anchor (release or entry) to
/// the first counted outcome, or to censoring (death, loss to follow-up, or the report date); and whether the member
/// is resolved at the horizon (the outcome happened within it, or they were followed for all of it).
/// </summary>
public sealed class MetricObservations : SuccessObservations
{
    /// <summary>Months as the survival time scale: a mean Gregorian month, so 24 months is 730.5 days.</summary>
    public const double DaysPerMonth = 365.25 / 12;

    private MetricObservations(int[] slots, double[] months, bool[] events, bool[] competing, bool[] resolved, bool[] success, int notApplicable)
        : base(slots, resolved, success, notApplicable)
    {
        Competing = competing;
        Months = months;
        Events = events;
    }

    public double[] Months { get; }

    /// <summary>The counted outcome happened during follow-up.</summary>
    public bool[] Events { get; }

    /// <summary>Follow-up ended by a competing outcome (death) before any counted outcome: censored for Kaplan–Meier, a competing cause for cumulative incidence.</summary>
    public bool[] Competing { get; }

    public static MetricObservations Compute(Cohort cohort, MetricDefinition metric)
    {
        var data = cohort.Data;
        var counted = new HashSet<OutcomeType>(metric.Types);
        var anchor = data.AnchorDays(metric.Anchor);

        // One pass over the outcomes: the first counted outcome and the first censoring outcome on or after the anchor.
        var firstEvent = new int[data.Count];
        var firstCensor = new int[data.Count];
        var firstCompeting = new int[data.Count];
        Array.Fill(firstEvent, int.MaxValue);
        Array.Fill(firstCensor, int.MaxValue);
        Array.Fill(firstCompeting, int.MaxValue);
        for (var k = 0; k < data.OutcomeParticipant.Length; k++)
        {
            var i = data.OutcomeParticipant[k];
            var day = data.OutcomeDay[k];
            if (anchor[i] == EvaluationDataset.NoDate || day < anchor[i])
            {
                continue;
            }

            var type = data.OutcomeTypes[k];
            if (counted.Contains(type))
            {
                firstEvent[i] = Math.Min(firstEvent[i], day);
            }
            else if (OutcomeTaxonomy.Censoring.Contains(type))
            {
                firstCensor[i] = Math.Min(firstCensor[i], day);
                if (OutcomeTaxonomy.Competing.Contains(type))
                {
                    firstCompeting[i] = Math.Min(firstCompeting[i], day);
                }
            }
        }

        var horizonDays = metric.HorizonMonths * DaysPerMonth;
        var adverse = metric.Kind == MetricKind.NoAdverseOutcome;
        var asOf = data.AsOfDay;

        // Counted first so each array is allocated once at its size: at a million members, growing lists and copying
        // them out touched several times the memory the figures need, and fresh memory is paid for in page faults.
        var applicable = 0;
        foreach (var i in cohort.Members)
        {
            applicable += AtRisk(anchor[i], asOf) ? 1 : 0;
        }

        var slots = new int[applicable];
        var months = new double[applicable];
        var events = new bool[applicable];
        var competing = new bool[applicable];
        var resolved = new bool[applicable];
        var success = new bool[applicable];
        var row = 0;
        foreach (var i in cohort.Members)
        {
            var start = anchor[i];
            if (!AtRisk(start, asOf))
            {
                continue;
            }

            var end = Math.Min(asOf, firstCensor[i]);
            var happened = firstEvent[i] <= end;
            var followed = (happened ? firstEvent[i] : end) - start;
            var withinHorizon = happened && followed <= horizonDays;
            slots[row] = i;
            months[row] = followed / DaysPerMonth;
            events[row] = happened;
            competing[row] = !happened && firstCompeting[i] == end;
            resolved[row] = withinHorizon || end - start >= horizonDays;
            success[row] = adverse ? !withinHorizon : withinHorizon;
            row++;
        }

        return new MetricObservations(slots, months, events, competing, resolved, success, cohort.Count - applicable);
    }

    /// <summary>The member's time zero is recorded and not after the report date.</summary>
    private static bool AtRisk(int anchorDay, int asOf) => anchorDay != EvaluationDataset.NoDate && anchorDay <= asOf;
}
