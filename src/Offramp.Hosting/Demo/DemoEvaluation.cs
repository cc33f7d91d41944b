using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;

namespace Offramp.Hosting.Demo;

/// <summary>
/// A metric framework for every demo program, as a program would write one down: no terrorist or violent
/// reconviction within 24 months of release, no re-arrest or reconviction within 12 months, employed at 12 months,
/// and protective factors rising on the open example instrument (Open Pathways Review) between baseline and the 12-month review.
/// Community and alternative-to-prosecution programs count from entry, since their participants were never in custody.
/// </summary>
public sealed class DemoEvaluation(OfframpDbContext db, IClock clock)
{
    public const string Instrument = "Open Pathways Review";

    public async Task SeedAsync(DemoWorld world, CancellationToken ct)
    {
        foreach (var program in world.Programs)
        {
            if (await db.Set<MetricDefinition>().AnyAsync(m => m.ProgramId == program.Id, ct))
            {
                continue;
            }

            var framework = Framework(program.OrganisationId, program.Id, program.Kind, clock.UtcNow, withAssessment: true);
            framework.Add(DesistanceAndWork(framework));
            db.Set<MetricDefinition>().AddRange(framework);
        }

        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.EvaluationMetric, "demo metric frameworks");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A composite success, as the off-ramps meeting framed it: no re-arrest or reconviction and employed, both within
    /// 12 months of time zero. Only the demo organisation's own programs have it (bundles publish no composite).
    /// </summary>
    private static MetricDefinition DesistanceAndWork(List<MetricDefinition> framework)
    {
        var desisted = framework.Single(m => m.Kind == MetricKind.NoAdverseOutcome && m.HorizonMonths == 12);
        var employed = framework.Single(m => m.Kind == MetricKind.PositiveOutcome);
        return new MetricDefinition
        {
            OrganisationId = desisted.OrganisationId,
            ProgramId = desisted.ProgramId,
            Name = "Desistance and work: no re-arrest or reconviction and employed within 12 months",
            Kind = MetricKind.Composite,
            ComponentMetricIds = string.Join(',', desisted.Id, employed.Id),
            Anchor = MetricAnchor.ProgramEntry,
            HorizonMonths = 12,
            DefinedAt = desisted.DefinedAt,
        };
    }

    /// <summary>The framework of a program of this kind; <paramref name="withAssessment"/> adds the assessment-change metric.</summary>
    public static List<MetricDefinition> Framework(Guid organisationId, Guid programId, ProgramKind kind, DateTimeOffset definedAt, bool withAssessment)
    {
        var anchor = MetricAnchors.DefaultFor(kind);
        var from = anchor switch
        {
            MetricAnchor.Release => "release",
            MetricAnchor.LicenceStart => "licence start",
            MetricAnchor.AgreementDate => "the agreement",
            MetricAnchor.ReturnDate => "return",
            _ => "entry",
        };
        MetricDefinition Metric(string name, MetricKind metricKind, MetricAnchor metricAnchor, int months, params OutcomeType[] types) => new()
        {
            OrganisationId = organisationId,
            ProgramId = programId,
            Name = name,
            Kind = metricKind,
            OutcomeTypes = string.Join(',', types.Order()),
            Anchor = metricAnchor,
            HorizonMonths = months,
            DefinedAt = definedAt,
        };
        List<MetricDefinition> framework =
        [
            Metric($"No terrorist or violent reconviction within 24 months of {from}", MetricKind.NoAdverseOutcome, anchor, 24,
                OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent),
            Metric($"No re-arrest or reconviction within 12 months of {from}", MetricKind.NoAdverseOutcome, anchor, 12,
                OutcomeType.ReArrest, OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent, OutcomeType.ReconvictionOther),
            Metric("Employed at 12 months", MetricKind.PositiveOutcome, anchor, 12, OutcomeType.Employment),
        ];
        if (withAssessment)
        {
            var change = Metric("Protective factors rose between baseline and 12-month review", MetricKind.AssessmentChange, MetricAnchor.ProgramEntry, 12);
            change.InstrumentName = Instrument;
            change.Focus = AssessmentFocus.ProtectiveRose;
            framework.Add(change);
        }

        return framework;
    }
}
