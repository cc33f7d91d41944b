using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Retention;

namespace Offramp.Core.Erasure;

/// <summary>
/// Why a participant's record may not be erased now, if anything stops it: an active legal hold, or a disclosure to a
/// security agency, which the law requires the organisation to keep. One place, so the page that offers erasure and
/// the use case that performs it can never disagree.
/// </summary>
public static class ErasureRefusal
{
    public static async Task<(string Code, string Message)?> FindAsync(OfframpDbContext db, Guid participantId, CancellationToken ct)
    {
        var hold = await db.Set<LegalHold>().AsNoTracking().Where(h => h.ParticipantId == participantId && h.LiftedAt == null)
            .OrderBy(h => h.PlacedAt).FirstOrDefaultAsync(ct);
        if (hold is not null)
        {
            return ("legal hold", $"Erasure refused: a legal hold applies ({hold.Reason}). Lift the hold when it no longer applies.");
        }

        if (await db.Set<DisclosureEntry>().AnyAsync(e => e.ParticipantId == participantId && e.Kind == DisclosureEntryKind.Disclosure, ct))
        {
            return ("disclosure register", "Erasure refused: a disclosure to a security agency is on the register, which the law requires the organisation to keep.");
        }

        return null;
    }
}
