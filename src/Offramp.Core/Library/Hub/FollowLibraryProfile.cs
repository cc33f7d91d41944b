using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// Someone at the hub follows a program's profile, or stops: the library then lists the programs they follow first and
/// flags those that published a new profile version, a lesson or an evidence bundle since they last opened the profile.
/// </summary>
public sealed class FollowLibraryProfile(OfframpDbContext db, HubAccess access, IClock clock)
{
    public async Task ExecuteAsync(Guid itemId, bool follow, CancellationToken ct = default)
    {
        var hub = await access.ReaderAsync(ct);
        var item = await db.Set<HubLibraryItem>().AsNoTracking()
            .Where(i => i.Id == itemId && i.HubOrganisationId == hub.HubOrganisationId && i.Kind == LibraryKinds.Profile)
            .Select(i => new { i.PublisherId, i.ProgramId })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var existing = await db.Set<HubLibraryFollow>().SingleOrDefaultAsync(f => f.UserId == hub.UserId && f.HubOrganisationId == hub.HubOrganisationId &&
            f.PublisherId == item.PublisherId && f.ProgramId == item.ProgramId, ct);
        if (follow && existing is null)
        {
            db.Set<HubLibraryFollow>().Add(new HubLibraryFollow
            {
                HubOrganisationId = hub.HubOrganisationId,
                UserId = hub.UserId,
                PublisherId = item.PublisherId,
                ProgramId = item.ProgramId,
                FollowedAt = clock.UtcNow,
                LastSeenAt = clock.UtcNow,
            });
            db.Audit.Record(AuditActions.HubLibraryFollowed, AuditEntities.HubLibraryItem, itemId, null, null);
        }
        else if (!follow && existing is not null)
        {
            db.Set<HubLibraryFollow>().Remove(existing);
            db.Audit.Record(AuditActions.HubLibraryUnfollowed, AuditEntities.HubLibraryItem, itemId, null, null);
        }

        await db.SaveChangesAsync(ct);
    }
}
