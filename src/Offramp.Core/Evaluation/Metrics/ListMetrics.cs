using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Outcomes;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>The program's success metrics, oldest first (definitions only: nothing about any participant).</summary>
public sealed class ListMetrics(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<IReadOnlyList<MetricView>> ExecuteAsync(Guid programId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        return await ForProgramAsync(db, program.Id, ct);
    }

    internal static async Task<IReadOnlyList<MetricView>> ForProgramAsync(OfframpDbContext db, Guid programId, CancellationToken ct)
    {
        var metrics = await db.Set<MetricDefinition>().AsNoTracking().Where(m => m.ProgramId == programId)
            .OrderBy(m => m.DefinedAt).ThenBy(m => m.Name).ToListAsync(ct);
        return [.. metrics.Select(MetricView.From)];
    }
}

public sealed record MetricView(Guid Id, string Name, MetricKind Kind, IReadOnlyList<OutcomeType> OutcomeTypes, MetricAnchor Anchor, int HorizonMonths,
    string? InstrumentName, AssessmentFocus? Focus, string Description)
{
    public static MetricView From(MetricDefinition m) =>
        new(m.Id, m.Name, m.Kind, m.Types, m.Anchor, m.HorizonMonths, m.InstrumentName, m.Focus, Describe(m));

    /// <summary>The definition in words, printed under every figure so a reader knows what was counted.</summary>
    public static string Describe(MetricDefinition m)
    {
        var from = MetricAnchors.Describe(m.Anchor);
        var types = string.Join(", ", m.Types.Select(t => t.ToString()));
        return m.Kind switch
        {
            MetricKind.NoAdverseOutcome => $"No {types} within {m.HorizonMonths} months of {from}; time at risk from {from}, censored at death, loss to follow-up or the report date.",
            MetricKind.PositiveOutcome => $"{types} recorded within {m.HorizonMonths} months of {from}, among participants followed for the full {m.HorizonMonths} months.",
            _ => $"{(m.Focus == AssessmentFocus.RiskFell ? "Risk items fell" : "Protective items rose")} on {m.InstrumentName} between the baseline and the review nearest {m.HorizonMonths} months later (within 3 months).",
        };
    }
}
