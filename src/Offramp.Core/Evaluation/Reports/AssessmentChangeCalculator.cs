using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
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
        var data = cohort.Data;
        var versions = await db.Set<InstrumentVersion>().AsNoTracking()
            .Where(v => v.Name == metric.InstrumentName && v.Status == InstrumentStatus.Published && v.OrganisationId == metric.OrganisationId)
            .ToListAsync(ct);
        if (versions.Count == 0)
        {
            return Empty(view, cohort.Count, $"The organisation has no published instrument named '{metric.InstrumentName}'.");
        }

        var focus = metric.Focus == AssessmentFocus.RiskFell ? ItemDirection.Risk : ItemDirection.Protective;
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
        var before = new List<double>();
        var after = new List<double>();
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

            before.Add(baseline.Score.Value);
            after.Add(review.Score.Value);
        }

        var pairs = before.Count;
        var reason = pairs == cohort.Count ? null : $"{cohort.Count - pairs} without an agreed baseline and an agreed review within three months of the {metric.HorizonMonths}-month point";
        if (pairs < 2)
        {
            return Empty(view, cohort.Count, $"Only {pairs} participant{(pairs == 1 ? " has" : "s have")} both a baseline and a review at {metric.HorizonMonths} months: no change can be estimated.") with { NotApplicableReason = reason };
        }

        var b = before.ToArray();
        var a2 = after.ToArray();
        var improved = Enumerable.Range(0, pairs).Count(k => focus == ItemDirection.Protective ? a2[k] > b[k] : a2[k] < b[k]);
        var t = PairedTTest.Compute(b, a2);
        var w = WilcoxonSignedRankTest.Compute(b, a2);
        var dz = CohensDz.Compute(b, a2);
        var warnings = RateEstimates.Words(t.Warnings.Concat(w.Warnings).Concat(dz.Warnings).DistinctBy(x => x.Message));
        var measure = $"mean scale position of the agreed {(focus == ItemDirection.Protective ? "protective" : "risk")} item ratings (0 = lowest level; an evaluation measure, not a risk score)";
        var change = new ChangeSummary(measure, pairs, b.Average(), a2.Average(), t.MeanDifference, MetricCalculator.Finite(t.Interval.Lower), MetricCalculator.Finite(t.Interval.Upper), MetricCalculator.Finite(t.PValue), MetricCalculator.Finite(w.PValue),
            MetricCalculator.Finite(dz.Value), RateEstimates.FromCounts("Improved", improved, pairs, 0), warnings,
            external is null ? null : ChangeComparisons.Compare(b, a2, external));
        return new MetricResult(view, pairs, cohort.Count - pairs, reason, null, change.Improved, [], null, change, []);
    }

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

    private static MetricResult Empty(MetricView view, int cohortSize, string warning) =>
        new(view, 0, cohortSize, null, null, null, [], null, null, [warning]);
}
