using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>
/// The program's evaluators or its director write down what success means for the program; names are unique within
/// the program. A composite is built from 2–5 of the program's other metrics, none of them composite.
/// </summary>
public sealed class DefineMetric(OfframpDbContext db, EvaluationAccess access, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid programId, DefineMetricCommand command, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var components = await CheckAsync(program, command, ct);
        var name = command.Name.Trim();
        if (await db.Set<MetricDefinition>().AnyAsync(m => m.ProgramId == programId && m.Name == name, ct))
        {
            throw new ConflictException(Phrase.Of($"The program already has a metric named '{name}'."));
        }

        var composite = command.Kind == MetricKind.Composite;
        var metric = new MetricDefinition
        {
            OrganisationId = program.OrganisationId,
            ProgramId = programId,
            Name = name,
            NameTranslations = MetricNames.Write(command.NameTranslations),
            Kind = command.Kind,
            OutcomeTypes = string.Join(',', command.OutcomeTypes.Distinct().Order()),

            // A composite has no time zero of its own (each component keeps its own); entry is stored, as for assessment metrics.
            Anchor = command.Kind is MetricKind.AssessmentChange or MetricKind.Composite ? MetricAnchor.ProgramEntry
                : command.Anchor ?? MetricAnchors.DefaultFor(await db.Programs.Where(p => p.Id == programId).Select(p => p.Kind).SingleAsync(ct)),

            // A composite is known when its longest component is.
            HorizonMonths = composite ? components.Max(c => c.HorizonMonths) : command.HorizonMonths!.Value,
            InstrumentName = command.InstrumentName?.Trim(),
            Focus = command.Focus,
            ComponentMetricIds = string.Join(',', command.ComponentMetricIds),
            DefinedAt = clock.UtcNow,
            DefinedByUserId = db.Audit.Actor.UserId,
        };
        db.Set<MetricDefinition>().Add(metric);
        db.Audit.Record(AuditActions.MetricDefined, AuditEntities.EvaluationMetric, metric.Id, null,
            composite ? $"Composite of {components.Count} metrics" : $"{metric.Kind}, {metric.HorizonMonths} months");
        await db.SaveChangesAsync(ct);
        return metric.Id;
    }

    /// <summary>
    /// The command's own rules and, for a composite, its components in the database, answered together so a form shows
    /// every field's message at once; the components when all is well.
    /// </summary>
    private async Task<IReadOnlyList<MetricDefinition>> CheckAsync(EvaluatedProgram program, DefineMetricCommand command, CancellationToken ct)
    {
        var errors = new Dictionary<string, Phrase[]>();
        try
        {
            CommandValidation.Ensure(command);
        }
        catch (DomainException e)
        {
            errors = e.FieldWordings.ToDictionary();
        }

        List<MetricDefinition> components = [];
        var field = nameof(DefineMetricCommand.ComponentMetricIds);
        if (command.Kind == MetricKind.Composite && command.ComponentMetricIds is { Count: > 0 } ids && !errors.ContainsKey(field))
        {
            // Only the caller's program is searched: a metric of another program reads exactly like one that does not exist.
            components = await db.Set<MetricDefinition>().AsNoTracking().Where(m => m.ProgramId == program.Id && ids.Contains(m.Id)).ToListAsync(ct);
            if (components.Count != ids.Count)
            {
                errors[field] = [Phrase.Of("Each component must be one of this program's metrics.")];
            }
            else if (components.FirstOrDefault(c => c.Kind == MetricKind.Composite) is { } nested)
            {
                errors[field] = [Phrase.Of($"'{nested.Name}' is itself composite, so it cannot be a component: choose the metrics it is made of instead.")];
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        // In the order given: the definition reads its components in the order the evaluator chose.
        return [.. command.ComponentMetricIds.Select(id => components.Single(c => c.Id == id))];
    }
}
