using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>The organisation's catalogue; program models are not case data, so every member of the organisation may read it.</summary>
public sealed class ListTemplates(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<TemplateView>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var templates = await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules)
            .Where(t => t.OrganisationId == scope.OrganisationId).OrderBy(t => t.Name).ToListAsync(ct);
        return [.. templates.Select(TemplateView.Of)];
    }
}

public sealed record TemplateView(Guid Id, string Key, string Name, string? Description, string? Origin, int PlanReviewIntervalMonths,
    int? AgreementReviewIntervalMonths, IReadOnlyList<int> FollowUpMonths, IReadOnlyList<ModuleView> Modules)
{
    public Organisations.ProgramKind? Kind { get; init; }

    public string? TargetGroup { get; init; }

    public string? SuccessMeasure { get; init; }

    /// <summary>What the sources do not say: an empty field above is unknown, not forgotten.</summary>
    public string? SourceGaps { get; init; }

    public static TemplateView Of(ProgramTemplate t) => new(t.Id, t.Key, t.Name, t.Description, t.Origin, t.PlanReviewIntervalMonths,
        t.AgreementReviewIntervalMonths, t.FollowUpMonths, [.. t.Modules.OrderBy(m => m.Order).Select(m => new ModuleView(m.Id, m.Name, m.Kind, m.Description, m.ExpectedSessions, m.ExpectedMinutes) { IndicatedBy = m.Rule() })])
    {
        Kind = t.Kind,
        TargetGroup = t.TargetGroup,
        SuccessMeasure = t.SuccessMeasure,
        SourceGaps = t.SourceGaps,
    };
}

public sealed record ModuleView(Guid Id, string Name, ModuleKind Kind, string? Description, int? ExpectedSessions, int? ExpectedMinutes)
{
    /// <summary>The assessment results that call for the module; null: offered to every participant.</summary>
    public IndicationRule? IndicatedBy { get; init; }
}
