using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Web.Pages.Library;

/// <summary>The programs the caller directs or evaluates: those whose profile and lessons they may write.</summary>
public sealed class LibraryPrograms(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var ids = scope.ProgramsWhereAny(Role.ProgramDirector, Role.Evaluator).ToList();
        return [.. (await db.Programs.AsNoTracking().Where(p => ids.Contains(p.Id) && p.OrganisationId == scope.OrganisationId)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name))];
    }
}
