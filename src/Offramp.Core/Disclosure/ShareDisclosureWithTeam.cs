using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;

namespace Offramp.Core.Disclosure;

/// <summary>
/// The director lets the case team know that (and what) was disclosed. Until then a caseworker sees neither the fact
/// nor the content. Recorded as a register entry, so the register also says who was told.
/// </summary>
public sealed class ShareDisclosureWithTeam(OfframpDbContext db, DisclosureRegister register, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, Guid entryId, CancellationToken ct = default)
    {
        var (standing, entry, followUps) = await register.DisclosureForDirectorAsync(participantId, entryId, ct);
        if (entry.Kind != DisclosureEntryKind.Disclosure)
        {
            throw new ConflictException("Only a disclosure can be shared with the team.");
        }

        if (followUps.Any(f => f.Kind == DisclosureEntryKind.TeamShare))
        {
            throw new ConflictException("This disclosure is already shared with the team.");
        }

        var share = DisclosureRegister.FollowUp(entry, DisclosureEntryKind.TeamShare, standing.Scope.UserId, clock.UtcNow);
        db.Set<DisclosureEntry>().Add(share);
        db.Audit.Record(AuditActions.DisclosureShared, AuditEntities.Disclosure, entry.Id, participantId);
        await db.SaveChangesAsync(ct);
        return share.Id;
    }
}
