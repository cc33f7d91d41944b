using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations;

/// <summary>Programs the caller works in (admins: all of the organisation's), with the caller's roles there.</summary>
public sealed class ListPrograms(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<ProgramView>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var mine = scope.ProgramsWhereAny(Enum.GetValues<Role>());
        var programs = await db.Programs.AsNoTracking()
            .Where(p => p.OrganisationId == scope.OrganisationId && (scope.IsOrganisationAdmin || mine.Contains(p.Id)))
            .OrderBy(p => p.Name).ToListAsync(ct);
        return [.. programs.Select(p => new ProgramView(p.Id, p.Version, p.Name, p.Kind, p.Aims, p.Description,
            [.. Enum.GetValues<Role>().Where(r => scope.Has(r, p.Id))]))];
    }

    public async Task<IReadOnlyList<Site>> SitesAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        return await db.Sites.AsNoTracking().Where(s => s.OrganisationId == scope.OrganisationId).OrderBy(s => s.Name).ToListAsync(ct);
    }
}

public sealed record ProgramView(Guid Id, int Version, string Name, ProgramKind Kind, ProgramAims Aims, string? Description, IReadOnlyList<Role> MyRoles);
