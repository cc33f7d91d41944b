using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;

namespace Offramp.Core.Library.Publishing;

/// <summary>The proposer or a director drops a proposal that should not leave; it is kept as discarded.</summary>
public sealed class DiscardLibraryItem(OfframpDbContext db, EvaluationAccess access, IClock clock)
{
    public async Task ExecuteAsync(Guid programId, Guid releaseId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var release = await db.Set<LibraryRelease>().SingleOrDefaultAsync(r => r.Id == releaseId && r.ProgramId == program.Id, ct) ?? throw new NotFoundException();
        var me = db.Audit.Actor.UserId;
        if (!program.IsDirector && release.ProposedByUserId != me)
        {
            throw new ForbiddenException("Only the person who proposed it or a director of the program can discard it.");
        }

        if (release.Status != LibraryReleaseStatus.Proposed)
        {
            throw new ConflictException("Only a proposal can be discarded; a release cannot be called back.");
        }

        release.Status = LibraryReleaseStatus.Discarded;
        release.DecidedByUserId = me;
        release.DecidedAt = clock.UtcNow;
        release.Version++;
        db.Audit.Record(AuditActions.LibraryDiscarded, AuditEntities.LibraryRelease, release.Id, null, release.Kind);
        await db.SaveChangesAsync(ct);
    }
}
