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
internal sealed class DemoEvaluation(OfframpDbContext db, IClock clock)
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

            var anchor = program.Kind is ProgramKind.Prison or ProgramKind.Probation or ProgramKind.Returnee ? MetricAnchor.Release : MetricAnchor.ProgramEntry;
            var from = anchor == MetricAnchor.Release ? "release" : "entry";
            Add(program, $"No terrorist or violent reconviction within 24 months of {from}", MetricKind.NoAdverseOutcome, anchor, 24,
                OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent);
            Add(program, $"No re-arrest or reconviction within 12 months of {from}", MetricKind.NoAdverseOutcome, anchor, 12,
                OutcomeType.ReArrest, OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent, OutcomeType.ReconvictionOther);
            Add(program, "Employed at 12 months", MetricKind.PositiveOutcome, anchor, 12, OutcomeType.Employment);
            var change = Add(program, "Protective factors rose between baseline and 12-month review", MetricKind.AssessmentChange, MetricAnchor.ProgramEntry, 12);
            change.InstrumentName = Instrument;
            change.Focus = AssessmentFocus.ProtectiveRose;
        }

        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.EvaluationMetric, "demo metric frameworks");
        await db.SaveChangesAsync(ct);
    }

    private MetricDefinition Add(OfframpProgram program, string name, MetricKind kind, MetricAnchor anchor, int months, params OutcomeType[] types)
    {
        var metric = new MetricDefinition
        {
            OrganisationId = program.OrganisationId,
            ProgramId = program.Id,
            Name = name,
            Kind = kind,
            OutcomeTypes = string.Join(',', types.Order()),
            Anchor = anchor,
            HorizonMonths = months,
            DefinedAt = clock.UtcNow,
        };
        db.Set<MetricDefinition>().Add(metric);
        return metric;
    }
}
