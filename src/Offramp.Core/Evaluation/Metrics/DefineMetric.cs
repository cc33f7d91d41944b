using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>The program director writes down what success means for the program; names are unique within the program.</summary>
public sealed class DefineMetric(OfframpDbContext db, EvaluationAccess access, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid programId, DefineMetricCommand command, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        program.RequireDirector();
        CommandValidation.Ensure(command);
        var name = command.Name.Trim();
        if (await db.Set<MetricDefinition>().AnyAsync(m => m.ProgramId == programId && m.Name == name, ct))
        {
            throw new ConflictException($"The program already has a metric named '{name}'.");
        }

        var metric = new MetricDefinition
        {
            OrganisationId = program.OrganisationId,
            ProgramId = programId,
            Name = name,
            Kind = command.Kind,
            OutcomeTypes = string.Join(',', command.OutcomeTypes.Distinct().Order()),
            Anchor = command.Kind == MetricKind.AssessmentChange ? MetricAnchor.ProgramEntry
                : command.Anchor ?? MetricAnchors.DefaultFor(await db.Programs.Where(p => p.Id == programId).Select(p => p.Kind).SingleAsync(ct)),
            HorizonMonths = command.HorizonMonths,
            InstrumentName = command.InstrumentName?.Trim(),
            Focus = command.Focus,
            DefinedAt = clock.UtcNow,
            DefinedByUserId = db.Audit.Actor.UserId,
        };
        db.Set<MetricDefinition>().Add(metric);
        db.Audit.Record(AuditActions.MetricDefined, AuditEntities.EvaluationMetric, metric.Id, null, $"{metric.Kind}, {metric.HorizonMonths} months");
        await db.SaveChangesAsync(ct);
        return metric.Id;
    }
}
