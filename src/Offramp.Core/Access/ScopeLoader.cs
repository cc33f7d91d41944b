using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Access;

/// <summary>Builds the caller's scope once per unit of work from the current actor.</summary>
public sealed class ScopeLoader(OfframpDbContext db, IActor actor)
{
    private CallerScope? loaded;

    public async Task<CallerScope> GetAsync(CancellationToken ct = default)
    {
        if (loaded is not null)
        {
            return loaded;
        }

        if (actor.UserId is not { } userId)
        {
            throw new NotFoundException();
        }

        // The organisation and the roles held in it, in one statement (not the whole account row: password hash, stamps).
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive)
            .Select(u => new { u.OrganisationId, Roles = db.RoleAssignments.Where(r => r.UserId == userId && r.OrganisationId == u.OrganisationId).ToList() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        loaded = new CallerScope(userId, user.OrganisationId, user.Roles);
        return loaded;
    }
}
