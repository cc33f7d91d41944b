using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// A hub's admin takes in the profiles shipped with Offramp (practice-library/): the field's reference programs as
/// their published sources describe them, each citing those sources, with the lessons the sources state. A program
/// that publishes its own profile is listed beside these, never merged with them. Taking them in again adds only
/// what the hub does not hold yet.
/// </summary>
public sealed class TakeInShippedProfiles(OfframpDbContext db, HubAccess access, IClock clock)
{
    public async Task<int> ExecuteAsync(CancellationToken ct = default) => await TakeInAsync(await access.AdminAsync(ct), ct);

    /// <summary>For the demo's hub, filled at first start when no one is signed in.</summary>
    public Task<int> ForHubAsync(HubCaller hub, CancellationToken ct = default) => TakeInAsync(hub, ct);

    private async Task<int> TakeInAsync(HubCaller hub, CancellationToken ct)
    {
        var held = (await db.Set<HubLibraryItem>().Where(i => i.HubOrganisationId == hub.HubOrganisationId && i.PublisherId == null)
            .Select(i => i.ProgramId).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var seed in PracticeSeeds.All)
        {
            var programId = PracticeSeeds.ProgramIdOf(seed.Key);
            if (held.Contains(programId))
            {
                continue;
            }

            var month = clock.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            LibraryDocument Document(string kind, PracticeProfile? profile, PracticeLesson? lesson) => new()
            {
                ItemId = Guid.CreateVersion7(),
                Kind = kind,
                Publisher = "Published sources",
                ProgramId = programId,
                ProgramName = seed.Profile.Name,
                Version = 1,
                ProducedMonth = month,
                Profile = profile,
                Lesson = lesson,
            };
            db.Set<HubLibraryItem>().Add(HubLibraryItems.Of(Document(LibraryKinds.Profile, seed.Profile, null), hub.HubOrganisationId, null, clock.UtcNow, hub.UserId));
            db.Set<HubLibraryItem>().AddRange(seed.Lessons.Select(l => HubLibraryItems.Of(Document(LibraryKinds.Lesson, null, l), hub.HubOrganisationId, null, clock.UtcNow, hub.UserId)));
            added++;
        }

        if (added > 0)
        {
            db.Audit.Record(AuditActions.HubLibraryReceived, AuditEntities.HubLibraryItem, null, null, $"{added} shipped profiles taken in");
            await db.SaveChangesAsync(ct);
        }

        return added;
    }
}
