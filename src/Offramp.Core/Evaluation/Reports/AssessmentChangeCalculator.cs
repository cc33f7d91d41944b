using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Statistics.Change;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// Pre/post change for an assessment metric. Structured professional judgement does not sum factors into a risk score,
/// so this is an evaluation measure only, named as such: the mean scale position (0 = lowest level) of the agreed ratings
/// on the focus items (protective or risk), "unknown" left out, at the baseline and at the agreed review nearest the
/// horizon (within three months). Only agreed (consensus) assessments count; never an individual rater's.
/// </summary>
public sealed class AssessmentChangeCalculator(OfframpDbContext db)
{
    private const int WindowDays = 92;

    /// <param name="external">A repeated-measures comparison group to compare the change with, or null.</param>
    public async Task<MetricResult> ComputeAsync(Cohort cohort, MetricDefinition metric, ExternalComparison? external, CancellationToken ct)
    {
        var view = MetricView.From(metric);
        var (found, missing) = await PairsAsync(cohort, metric, ct);
        if (missing is not null)
        {
            return Empty(view, cohort.Count, missing);
        }

        var focus = FocusOf(metric);
        var before = found.Select(p => p.Before).ToList();
        var after = found.Select(p => p.After).ToList();
        var pairs = before.Count;
        var reason = ReasonFor(metric, cohort.Count, pairs);
        if (pairs < 2)
        {
            var warning = pairs == 1
                ? Phrase.Of($"Only 1 participant has both a baseline and a review at {metric.HorizonMonths} months: no change can be estimated.")
                : Phrase.Of($"Only {pairs} participants have both a baseline and a review at {metric.HorizonMonths} months: no change can be estimated.");
            return Empty(view, cohort.Count, warning) with { NotApplicableReason = reason };
        }

        var b = before.ToArray();
        var a2 = after.ToArray();
        var improved = found.Count(p => Improved(focus, p));
        var t = PairedTTest.Compute(b, a2);
        var w = WilcoxonSignedRankTest.Compute(b, a2);
        var dz = CohensDz.Compute(b, a2);
        var warnings = RateEstimates.Words(t.Warnings.Concat(w.Warnings).Concat(dz.Warnings).DistinctBy(x => x.Message));
        var measure = focus == ItemDirection.Protective
            ? Phrase.Of("mean scale position of the agreed protective item ratings (0 = lowest level; an evaluation measure, not a risk score)")
            : Phrase.Of("mean scale position of the agreed risk item ratings (0 = lowest level; an evaluation measure, not a risk score)");
        var change = new ChangeSummary(measure, pairs, b.Average(), a2.Average(), t.MeanDifference, MetricCalculator.Finite(t.Interval.Lower), MetricCalculator.Finite(t.Interval.Upper), MetricCalculator.Finite(t.PValue), MetricCalculator.Finite(w.PValue),
            MetricCalculator.Finite(dz.Value), RateEstimates.FromCounts(ReportLabels.Improved, improved, pairs, 0), warnings,
            external is null ? null : ChangeComparisons.Compare(b, a2, external));
        return new MetricResult(view, pairs, cohort.Count - pairs, reason, null, change.Improved, [], null, change, []);
    }

    /// <summary>
    /// Each cohort member with an agreed baseline and an agreed review at the horizon, and whether it improved: an
    /// assessment metric as a composite's component. Everyone with a pair is resolved; the rest are not determinable.
    /// </summary>
    public async Task<(SuccessObservations Observations, Phrase? NotApplicableReason)> ObservationsAsync(Cohort cohort, MetricDefinition metric, CancellationToken ct)
    {
        var (found, missing) = await PairsAsync(cohort, metric, ct);
        var focus = FocusOf(metric);
        var ordered = found.OrderBy(p => p.Slot).ToList();
        var observations = new SuccessObservations([.. ordered.Select(p => p.Slot)], [.. ordered.Select(_ => true)], [.. ordered.Select(p => Improved(focus, p))],
            cohort.Count - ordered.Count);
        return (observations, missing ?? ReasonFor(metric, cohort.Count, ordered.Count));
    }

    /// <summary>Baseline and review scores per member; when the instrument is missing, nobody and the reason.</summary>
    private async Task<(List<Pair> Pairs, Phrase? Missing)> PairsAsync(Cohort cohort, MetricDefinition metric, CancellationToken ct)
    {
        var data = cohort.Data;
        var versions = await db.Set<InstrumentVersion>().AsNoTracking()
            .Where(v => v.Name == metric.InstrumentName && v.Status == InstrumentStatus.Published && v.OrganisationId == metric.OrganisationId)
            .ToListAsync(ct);
        if (versions.Count == 0)
        {
            return ([], Phrase.Of($"The organisation has no published instrument named '{Phrase.Verbatim(metric.InstrumentName ?? "")}'."));
        }

        var focus = FocusOf(metric);
        var definitions = versions.ToDictionary(v => v.Id, v => v.Parsed());
        var versionIds = definitions.Keys.ToList();
        var programId = metric.ProgramId;
        var assessments = db.Set<Assessment>().AsNoTracking()
            .Where(a => a.ProgramId == programId && a.Status == AssessmentStatus.Agreed && versionIds.Contains(a.InstrumentVersionId));
        var heads = await assessments.Select(a => new { a.Id, a.ParticipantId, a.Kind, a.AssessedOn, a.InstrumentVersionId }).ToListAsync(ct);
        var ratings = await db.Set<ConsensusRating>().AsNoTracking().Where(c => assessments.Any(a => a.Id == c.AssessmentId))
            .Select(c => new { c.AssessmentId, c.ItemKey, c.Level }).ToListAsync(ct);
        var ratingsOf = ratings.ToLookup(r => r.AssessmentId);

        var slotOf = new Dictionary<Guid, int>(cohort.Count);
        foreach (var i in cohort.Members)
        {
            slotOf[data.Ids[i]] = i;
        }

        var scored = heads.Where(a => slotOf.ContainsKey(a.ParticipantId))
            .Select(a => (a.ParticipantId, a.Kind, Day: a.AssessedOn.DayNumber, Score: Score(definitions[a.InstrumentVersionId], focus, ratingsOf[a.Id].Select(r => (r.ItemKey, r.Level)))))
            .Where(a => a.Score is not null)
            .ToList();
        var pairs = new List<Pair>();
        var horizonDays = (int)Math.Round(metric.HorizonMonths * MetricObservations.DaysPerMonth);
        foreach (var person in scored.GroupBy(a => a.ParticipantId))
        {
            var baseline = person.Where(a => a.Kind == AssessmentKind.Baseline).OrderBy(a => a.Day).FirstOrDefault();
            if (baseline.Score is null)
            {
                continue;
            }

            var target = baseline.Day + horizonDays;
            var review = person.Where(a => a.Day > baseline.Day && Math.Abs(a.Day - target) <= WindowDays).OrderBy(a => Math.Abs(a.Day - target)).FirstOrDefault();
            if (review.Score is null)
            {
                continue;
            }

            pairs.Add(new Pair(slotOf[person.Key], baseline.Score.Value, review.Score.Value));
        }

        return (pairs, null);
    }

    private static ItemDirection FocusOf(MetricDefinition metric) => metric.Focus == AssessmentFocus.RiskFell ? ItemDirection.Risk : ItemDirection.Protective;

    private static bool Improved(ItemDirection focus, Pair pair) => focus == ItemDirection.Protective ? pair.After > pair.Before : pair.After < pair.Before;

    private static Phrase? ReasonFor(MetricDefinition metric, int cohortSize, int pairs) =>
        pairs == cohortSize ? null : Phrase.Of($"{cohortSize - pairs} without an agreed baseline and an agreed review within three months of the {metric.HorizonMonths}-month point");

    private static double? Score(InstrumentDefinition definition, ItemDirection focus, IEnumerable<(string ItemKey, string Level)> ratings)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var (key, level) in ratings)
        {
            var position = definition.Scale.IndexOf(level);
            if (position >= 0 && definition.Item(key)?.Direction == focus)
            {
                sum += position;
                n++;
            }
        }

        return n == 0 ? null : sum / n;
    }

    private static MetricResult Empty(MetricView view, int cohortSize, Phrase warning) =>
        new(view, 0, cohortSize, null, null, null, [], null, null, [warning]);

    private sealed record Pair(int Slot, double Before, double After);
}
