using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Disclosure;

/// <summary>Loads a participant's disclosure for a follow-up entry (approval, correction, team share), director only.</summary>
public sealed class DisclosureRegister(OfframpDbContext db, ParticipantAccess access)
{
    public async Task<(ParticipantStanding Standing, DisclosureEntry Entry, List<DisclosureEntry> FollowUps)> DisclosureForDirectorAsync(
        Guid participantId, Guid entryId, CancellationToken ct)
    {
        var standing = await access.GetAsync(participantId, ct);
        var entry = await db.Set<DisclosureEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.ParticipantId == participantId, ct);
        standing.RequireDirector();
        if (entry is null)
        {
            throw new NotFoundException();
        }

        var followUps = await db.Set<DisclosureEntry>().AsNoTracking().Where(e => e.RefersToEntryId == entryId).ToListAsync(ct);
        return (standing, entry, followUps);
    }

    public static DisclosureEntry FollowUp(DisclosureEntry about, DisclosureEntryKind kind, Guid userId, DateTimeOffset now) => new()
    {
        OrganisationId = about.OrganisationId,
        ProgramId = about.ProgramId,
        ParticipantId = about.ParticipantId,
        ConcernId = about.ConcernId,
        Kind = kind,
        RefersToEntryId = about.Id,
        RecordedByUserId = userId,
        RecordedAt = now,
    };
}
