using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// The gate to the hub: everyone signed in at a hub organisation reads the bundles it accepted; only its admins
/// register publishers and revoke keys. Anyone else gets 404, as if there were no hub.
/// </summary>
public sealed class HubAccess(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<HubCaller> ReaderAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!await db.Organisations.AnyAsync(o => o.Id == scope.OrganisationId && o.IsEvidenceHub, ct))
        {
            throw new NotFoundException();
        }

        return new HubCaller(scope.OrganisationId, scope.UserId, scope.IsOrganisationAdmin);
    }

    public async Task<HubCaller> AdminAsync(CancellationToken ct = default)
    {
        var caller = await ReaderAsync(ct);
        return caller.IsAdmin ? caller : throw new NotFoundException();
    }

    /// <summary>Whether the caller's organisation is a hub (for the menu); never throws.</summary>
    public async Task<bool> IsHubMemberAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        return await db.Organisations.AnyAsync(o => o.Id == scope.OrganisationId && o.IsEvidenceHub, ct);
    }
}

public sealed record HubCaller(Guid HubOrganisationId, Guid UserId, bool IsAdmin);
