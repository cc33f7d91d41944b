using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>
/// The program's evaluators or its director give a metric's name in the app's other languages, or correct it. The
/// definition itself is never edited, and a translation changes no figure, so this is the one change a metric takes.
/// A metric of a program the caller may not evaluate reads exactly like one that does not exist.
/// </summary>
public sealed class TranslateMetricName(OfframpDbContext db, EvaluationAccess access)
{
    public async Task ExecuteAsync(Guid programId, Guid metricId, TranslateMetricNameCommand command, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        CommandValidation.Ensure(command);
        var metric = await db.Set<MetricDefinition>().SingleOrDefaultAsync(m => m.Id == metricId && m.ProgramId == program.Id, ct)
            ?? throw new NotFoundException();
        var names = MetricNames.Cleaned(command.Names);
        metric.NameTranslations = MetricNames.Write(names);
        db.Audit.Record(AuditActions.MetricNameTranslated, AuditEntities.EvaluationMetric, metric.Id, null,
            names.Count == 0 ? "No translated names" : $"Names in {string.Join(", ", names.Keys)}");
        await db.SaveChangesAsync(ct);
    }
}
