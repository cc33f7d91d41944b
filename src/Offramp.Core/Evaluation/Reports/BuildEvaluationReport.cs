using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Statistics.Common;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// Builds a program's evaluation report over a cohort: every metric the program defined, from the lean projection of
/// coded data (participants without evaluation consent excluded and counted). Producing a report is audited with the
/// number of participants it covers, never any content.
/// </summary>
public sealed class BuildEvaluationReport(OfframpDbContext db, EvaluationAccess access, EvaluationDatasetLoader loader, AssessmentChangeCalculator changes, CompositeCalculator composites, CodedCohortFields codedFields, IClock clock)
{
    public async Task<EvaluationReport> ExecuteAsync(Guid programId, CohortFilter filter, CancellationToken ct = default) =>
        await BuildAsync(await access.ForCallerAsync(programId, ct), filter, null, ct);

    /// <summary>For the command line: the program by name, progress reported per step.</summary>
    public async Task<EvaluationReport> ForOperatorAsync(string programName, CohortFilter filter, IProgress<Phrase>? progress, CancellationToken ct = default) =>
        await BuildAsync(await access.ForOperatorAsync(programName, ct), filter, progress, ct);

    private async Task<EvaluationReport> BuildAsync(EvaluatedProgram program, CohortFilter filter, IProgress<Phrase>? progress, CancellationToken ct)
    {
        var (filterField, breakdown) = await codedFields.ResolveAsync(program, filter, ct);
        var external = await ExternalAsync(program, filter, ct);
        var metrics = await db.Set<MetricDefinition>().AsNoTracking().Where(m => m.ProgramId == program.Id).OrderBy(m => m.DefinedAt).ThenBy(m => m.Name).ToListAsync(ct);
        var data = await loader.LoadAsync(program, clock.Today, progress, ct);
        progress?.Report(Phrase.Of("Computing statistics"));
        var coded = await CodedColumns.LoadAsync(db, program.Id, data, [.. new[] { filterField?.Key, breakdown?.Key }.OfType<string>().Distinct()], ct);
        var cohort = Cohort.Select(data, filter, coded, breakdown);
        // Outcome metrics are pure computation on the arrays: each runs on its own thread (a million participants is
        // about half a second per metric); assessment metrics query the database, and so may a composite's components,
        // so they run here, one at a time (the context is not thread-safe).
        var outcomeComparison = external?.Design == ComparisonDesign.TimeToEvent ? external : null;
        var computing = metrics.Select(m => m.Kind is MetricKind.AssessmentChange or MetricKind.Composite ? null : Task.Run(() => MetricCalculator.Compute(cohort, m, outcomeComparison), ct)).ToList();
        var byId = metrics.ToDictionary(m => m.Id);
        var results = new List<MetricResult>();
        for (var k = 0; k < metrics.Count; k++)
        {
            progress?.Report(Phrase.Name(metrics[k].Name, metrics[k].Translations));
            results.Add(computing[k] is { } computed ? await computed
                : metrics[k].Kind == MetricKind.Composite ? await composites.ComputeAsync(cohort, metrics[k], byId, ct)
                : await changes.ComputeAsync(cohort, metrics[k], external?.Design == ComparisonDesign.RepeatedMeasures ? external : null, ct));
        }

        var warnings = new List<Phrase>();
        if (data.ExcludedWithoutConsent > 0)
        {
            warnings.Add(data.ExcludedWithoutConsent == 1
                ? Phrase.Of("1 participant is left out of every figure because their consent does not cover evaluation or was withdrawn.")
                : Phrase.Of($"{data.ExcludedWithoutConsent} participants are left out of every figure because their consent does not cover evaluation or was withdrawn."));
        }

        if (cohort.Count < SmallNumberWarning.MinimumSampleSize)
        {
            warnings.Add(Phrase.Of($"Only {cohort.Count} participants are in this cohort: treat every figure as illustrative, not as evidence."));
        }

        if (metrics.Count == 0)
        {
            warnings.Add(Phrase.Of("The program has not defined what success means yet: its evaluators or director add metrics (e.g. no violent reconviction within 24 months of release)."));
        }

        var comparison = external is not null ? Phrase.Of($"External comparison group: {Phrase.Verbatim(external.Label)} ({Phrase.Verbatim(external.Definition)})")
            : cohort.GroupLabels.Count == 2 ? Phrase.Of("Completed compared with left early") : null;
        db.Audit.Record(AuditActions.EvaluationReport, AuditEntities.Program, program.Id, null,
            $"{cohort.Count} participants, {data.ExcludedWithoutConsent} excluded without evaluation consent, {metrics.Count} metrics");
        await db.SaveChangesAsync(ct);
        return new EvaluationReport(program.Name, data.AsOf, filter.Describe(), cohort.Count, data.ExcludedWithoutConsent, comparison, results, warnings);
    }

    private async Task<ExternalComparison?> ExternalAsync(EvaluatedProgram program, CohortFilter filter, CancellationToken ct)
    {
        if (filter.ComparisonToMake() != CohortComparison.ExternalGroup)
        {
            return null;
        }

        var group = filter.ComparisonGroupId is { } id
            ? await db.Set<ComparisonGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.ProgramId == program.Id, ct)
            : null;
        if (group is null)
        {
            throw new DomainException("Choose one of the program's imported comparison groups.", nameof(filter.ComparisonGroupId));
        }

        if (group.Design == ComparisonDesign.RepeatedMeasures)
        {
            var scores = await db.Set<ComparisonGroupScore>().AsNoTracking().Where(r => r.GroupId == group.Id).Select(r => new { r.Baseline, r.FollowUp }).ToListAsync(ct);
            return new ExternalComparison(group.Name, group.Definition, [], [], [])
            {
                Design = ComparisonDesign.RepeatedMeasures,
                Baseline = [.. scores.Select(s => s.Baseline)],
                FollowUp = [.. scores.Select(s => s.FollowUp)],
            };
        }

        var rows = await db.Set<ComparisonGroupRow>().AsNoTracking().Where(r => r.GroupId == group.Id).Select(r => new { r.MonthsAtRisk, r.Event, r.Gender }).ToListAsync(ct);
        return new ExternalComparison(group.Name, group.Definition, [.. rows.Select(r => r.MonthsAtRisk)], [.. rows.Select(r => r.Event)], [.. rows.Select(r => r.Gender)]);
    }
}
