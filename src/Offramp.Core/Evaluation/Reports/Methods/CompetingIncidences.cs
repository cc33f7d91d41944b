using Offramp.Core.Common;
using Offramp.Statistics.Common;
using Offramp.Statistics.Competing;

namespace Offramp.Core.Evaluation.Reports.Methods;

/// <summary>
/// Cumulative incidence of the counted outcome and of death or deportation by the horizon, per group, when at least
/// one follow-up ended that way; otherwise Kaplan–Meier already tells the risk and a note says so.
/// </summary>
internal static class CompetingIncidences
{
    public const string OutcomeCause = ReportLabels.TheOutcome;

    public const string CompetingCause = ReportLabels.DeathOrDeportationFirst;

    public static CompetingIncidence? Compute(double[] months, bool[] events, bool[] competing, bool[]? inGroup, string group, string reference, double horizon, List<Phrase> notes)
    {
        var ended = competing.Count(c => c);
        if (ended == 0)
        {
            notes.Add(Phrase.Of("No follow-up ended in death or deportation, so the Kaplan–Meier risk needs no correction for competing outcomes."));
            return null;
        }

        var status = new int[months.Length];
        for (var i = 0; i < status.Length; i++)
        {
            status[i] = events[i] ? 1 : competing[i] ? 2 : 0;
        }

        // cuminc orders groups as R's factor levels: alphabetically.
        string[] labels = inGroup is null ? [string.Empty] : [.. new[] { group, reference }.Order(StringComparer.Ordinal)];
        var codes = inGroup is null ? null : inGroup.Select(g => Array.IndexOf(labels, g ? group : reference)).ToArray();
        try
        {
            var result = CompetingRisks.Analyze(months, status, codes, inGroup is null ? null : labels, horizons: [horizon]);
            var rows = result.Curves.Select(c => new IncidenceAtHorizon(
                c.Group.Length == 0 ? ReportLabels.All : c.Group,
                c.Cause == 1 ? OutcomeCause : CompetingCause,
                c.N,
                c.Events,
                MetricCalculator.Finite(c.Horizons[0].Estimate),
                MetricCalculator.Finite(c.Horizons[0].Lower),
                MetricCalculator.Finite(c.Horizons[0].Upper))).ToList();
            var gray = result.Tests.FirstOrDefault(t => t.Cause == 1);
            return new CompetingIncidence(horizon, rows, MetricCalculator.Finite(gray?.Statistic), MetricCalculator.Finite(gray?.PValue),
                [ended == 1 ? Phrase.Of("1 follow-up ended in death or deportation before the outcome.") : Phrase.Of($"{ended} follow-ups ended in death or deportation before the outcome."),
                    .. RateEstimates.Words(result.Warnings)]);
        }
        catch (ModelNotEstimableException refused)
        {
            notes.Add(Phrase.Of($"Cumulative incidence cannot be estimated from these data: {RateEstimates.Words(refused.Text)}"));
            return null;
        }
    }
}
