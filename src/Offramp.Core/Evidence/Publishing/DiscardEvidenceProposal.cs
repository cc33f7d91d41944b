using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>The proposer or a director drops a proposal that should not leave; it is kept as discarded.</summary>
public sealed class DiscardEvidenceProposal(OfframpDbContext db, EvaluationAccess access, IClock clock)
{
    public async Task ExecuteAsync(Guid programId, Guid releaseId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var release = await db.Set<EvidenceRelease>().SingleOrDefaultAsync(r => r.Id == releaseId && r.ProgramId == programId, ct) ?? throw new NotFoundException();
        var me = db.Audit.Actor.UserId;
        if (!program.IsDirector && release.ProposedByUserId != me)
        {
            throw new ForbiddenException("Only the person who proposed the bundle or a director of the program can discard it.");
        }

        if (release.Status != EvidenceReleaseStatus.Proposed)
        {
            throw new ConflictException("Only a proposal waiting for review can be discarded; a release cannot be called back.");
        }

        release.Status = EvidenceReleaseStatus.Discarded;
        release.DecidedByUserId = me;
        release.DecidedAt = clock.UtcNow;
        release.Version++;
        db.Audit.Record(AuditActions.EvidenceDiscarded, AuditEntities.EvidenceRelease, release.Id, null, $"period {release.PeriodCode}");
        await db.SaveChangesAsync(ct);
    }
}
