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

        // The organisation only: the whole account row (password hash, stamps) is read on every request otherwise.
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive).Select(u => new { u.OrganisationId })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var roles = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.UserId == userId && r.OrganisationId == user.OrganisationId)
            .ToListAsync(ct);
        loaded = new CallerScope(userId, user.OrganisationId, roles);
        return loaded;
    }
}
