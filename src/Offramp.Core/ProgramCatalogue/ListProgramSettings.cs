using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// How each program runs its cycles, for the catalogue page: every program of the organisation for its admin, the
/// programs they direct for a director. A program without stored settings shows the defaults it runs on.
/// </summary>
public sealed class ListProgramSettings(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<ProgramSettingsView>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var directed = scope.DirectedPrograms.ToList();
        var admin = scope.IsOrganisationAdmin;
        var programs = await db.Programs.AsNoTracking()
            .Where(p => p.OrganisationId == scope.OrganisationId && (admin || directed.Contains(p.Id)))
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var ids = programs.Select(p => p.Id).ToList();
        var stored = await db.Set<ProgramSettings>().AsNoTracking().Where(s => ids.Contains(s.ProgramId)).ToDictionaryAsync(s => s.ProgramId, ct);
        var templates = await db.Set<ProgramTemplate>().AsNoTracking().Where(t => t.OrganisationId == scope.OrganisationId)
            .ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return [.. programs.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
        {
            var s = stored.GetValueOrDefault(p.Id) ?? ProgramSettings.Defaults(scope.OrganisationId, p.Id);
            return new ProgramSettingsView(p.Id, p.Name, s.TemplateId, s.TemplateId is { } t ? templates.GetValueOrDefault(t) : null,
                s.PlanReviewIntervalMonths, s.AgreementReviewIntervalMonths, s.FollowUpMonths, stored.ContainsKey(p.Id));
        })];
    }
}

public sealed record ProgramSettingsView(Guid ProgramId, string ProgramName, Guid? TemplateId, string? TemplateName, int PlanReviewIntervalMonths,
    int AgreementReviewIntervalMonths, IReadOnlyList<int> FollowUpMonths, bool Stored);
