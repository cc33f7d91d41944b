using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// Instruments of the caller's organisation. Everyone in the organisation may read them (they contain no case
/// data); drafts are shown only to admins, who are still preparing them.
/// </summary>
public sealed class ListInstruments(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<InstrumentSummary>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var rows = await Visible(scope).AsNoTracking().OrderBy(v => v.Name).ThenBy(v => v.ImportedAt).ToListAsync(ct);
        return [.. rows.Select(v => new InstrumentSummary(v.Id, v.Version, v.Name, v.Label, v.Status, v.PublishedAt))];
    }

    public async Task<InstrumentDetail> GetAsync(Guid instrumentId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var row = await Visible(scope).AsNoTracking().SingleOrDefaultAsync(v => v.Id == instrumentId, ct) ?? throw new NotFoundException();
        return new InstrumentDetail(row.Id, row.Version, row.Status, row.Parsed());
    }

    private IQueryable<InstrumentVersion> Visible(CallerScope scope) =>
        db.Set<InstrumentVersion>().Where(v => v.OrganisationId == scope.OrganisationId && (v.Status == InstrumentStatus.Published || scope.IsOrganisationAdmin));
}

public sealed record InstrumentSummary(Guid Id, int Version, string Name, string Label, InstrumentStatus Status, DateTimeOffset? PublishedAt);

public sealed record InstrumentDetail(Guid Id, int Version, InstrumentStatus Status, InstrumentDefinition Definition)
{
    /// <summary>The definition's texts in French and Arabic by JSON path, as the imported file gave them (the definition holds English).</summary>
    public TextTranslations Translations => Definition.Translations;
}
