using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.ProgramCatalogue;
using Offramp.Statistics.Disclosure;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>
/// Loads what a bundle is composed from (the program's evaluation data, its metrics, its earlier releases, the
/// organisation's disclosure rules) and composes it. Only coded data is read, never a sealed field.
/// </summary>
public sealed class EvidenceInputs(OfframpDbContext db, EvaluationDatasetLoader loader, AssessmentChangeCalculator changes, EvidenceCodedBreakdowns coded, IClock clock)
{
    public async Task<EvidenceBundle> ComposeAsync(EvaluatedProgram program, EvidencePeriod period, ProposeEvidenceCommand command, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == program.OrganisationId, ct);
        var earlierReleases = await db.Set<EvidenceRelease>().AsNoTracking()
            .Where(r => r.ProgramId == program.Id && (r.Status == EvidenceReleaseStatus.Released || r.Status == EvidenceReleaseStatus.Superseded))
            .OrderBy(r => r.DecidedAt).ToListAsync(ct);
        var earlier = earlierReleases.Select(r => CanonicalJson.Read<EvidenceBundle>(System.Text.Encoding.UTF8.GetBytes(r.Document))).ToList();
        var code = EvidenceCellKeys.PeriodCode(period);
        var supersedes = earlierReleases.LastOrDefault(r => r.PeriodCode == code && r.Status == EvidenceReleaseStatus.Released)?.Id;

        var data = await loader.LoadAsync(program, clock.Today, null, ct);
        var (dimensions, codedFields) = await coded.ResolveAsync(program, data, command.BreakDownBy, ct);
        var (everyone, periodCohort) = EvidenceFigures.Cohorts(data, period);
        var metrics = await db.Set<MetricDefinition>().AsNoTracking().Where(m => m.ProgramId == program.Id).OrderBy(m => m.DefinedAt).ThenBy(m => m.Name).ToListAsync(ct);
        var metricInputs = new List<EvidenceMetricInput>();
        // A composite stays home: the bundle schema describes a measure by its own outcome types, horizon and time zero,
        // which a composite does not have, so a hub could not pool it with anyone's; its components leave on their own.
        foreach (var metric in metrics.Where(m => m.Kind != MetricKind.Composite))
        {
            if (metric.Kind != MetricKind.AssessmentChange)
            {
                metricInputs.Add(EvidenceFigures.Outcome(everyone, periodCohort, metric));
            }
            else if (period.IsCumulative)
            {
                metricInputs.Add(new EvidenceMetricInput(metric, null, null, null, await changes.ComputeAsync(periodCohort, metric, null, ct)));
            }
        }

        var otherPeriods = EvidenceFigures.OtherPeriods(data, everyone, period, earlier);
        var profile = await ProfileAsync(program, organisation, command, ct);
        return EvidenceBundleComposer.Compose(new EvidenceComposition(
            data, everyone.Members, period, otherPeriods, earlier, metricInputs, profile, organisation.Name, Guid.CreateVersion7(), supersedes, clock.Today,
            new DisclosureRules(organisation.EvidenceThreshold, organisation.EvidenceRoundingBase), dimensions, codedFields));
    }

    private async Task<EvidenceProgramProfile> ProfileAsync(EvaluatedProgram evaluated, Organisations.Organisation organisation, ProposeEvidenceCommand command, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().SingleAsync(p => p.Id == evaluated.Id, ct);
        var template = await (from s in db.Set<ProgramSettings>()
                              join t in db.Set<ProgramTemplate>() on s.TemplateId equals t.Id
                              where s.ProgramId == program.Id
                              select t.Name).FirstOrDefaultAsync(ct);
        var hasComparisonGroup = await db.Set<ComparisonGroup>().AnyAsync(g => g.ProgramId == program.Id, ct);
        var design = Clean(command.EvaluationDesign) ?? (hasComparisonGroup
            ? "Program participants compared with an external comparison group (not randomised)"
            : "Completers compared with early leavers within the program (not randomised)");
        var aims = Enum.GetValues<Organisations.ProgramAims>().Where(a => a != Organisations.ProgramAims.None && program.Aims.HasFlag(a)).Select(EvidenceBundleComposer.Code).ToList();
        return new EvidenceProgramProfile(program.Id, program.Name, EvidenceBundleComposer.Code(program.Kind), aims, Clean(organisation.Jurisdiction),
            Clean(command.Region), Clean(command.Setting), [.. command.Movements.Distinct().Order().Select(EvidenceBundleComposer.Code)], template, design, Clean(command.Summary));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
