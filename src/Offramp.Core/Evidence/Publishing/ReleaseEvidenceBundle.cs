using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>
/// The second pair of eyes: the program's director, who did not propose the bundle, releases exactly the document they
/// reviewed, with a fresh step-up. It is signed with the organisation's publishing key and kept. A release made since
/// the proposal was computed could combine with it, so then the proposal must be made again.
/// </summary>
public sealed class ReleaseEvidenceBundle(OfframpDbContext db, EvaluationAccess access, StepUpGuard stepUp, PublishingKeys keys, IClock clock)
{
    public async Task ExecuteAsync(Guid programId, Guid releaseId, int expectedVersion, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        program.RequireDirector();
        var release = await db.Set<EvidenceRelease>().SingleOrDefaultAsync(r => r.Id == releaseId && r.ProgramId == programId, ct) ?? throw new NotFoundException();
        var me = db.Audit.Actor.UserId ?? throw new NotFoundException();
        if (release.Status != EvidenceReleaseStatus.Proposed)
        {
            throw new ConflictException(Phrase.Of($"This bundle is {release.Status}: only a proposed bundle can be released."));
        }

        if (release.Version != expectedVersion)
        {
            throw new ConflictException("The proposal changed since you opened it: review it again.");
        }

        if (release.ProposedByUserId == me)
        {
            throw new ForbiddenException("A second person releases evidence: you proposed this bundle, so another director of the program must review and release it.");
        }

        await stepUp.RequireFreshAsync(me, ct);
        if (await db.Set<EvidenceRelease>().AnyAsync(r => r.ProgramId == programId && r.DecidedAt > release.ProposedAt &&
                (r.Status == EvidenceReleaseStatus.Released || r.Status == EvidenceReleaseStatus.Superseded), ct))
        {
            throw new ConflictException("Another bundle of this program was released after this one was proposed: discard this proposal and propose it again, so it is checked against that release.");
        }

        await SignAndKeepAsync(release, me, ct);
    }

    /// <summary>
    /// For the demo, seeded when no one is signed in: the demo evaluator is recorded as having proposed and the demo
    /// director as having released, with no step-up to give. Returns the signed file.
    /// </summary>
    public async Task<byte[]> ForDemoAsync(Guid releaseId, Guid proposedBy, Guid releasedBy, CancellationToken ct = default)
    {
        var release = await db.Set<EvidenceRelease>().SingleAsync(r => r.Id == releaseId && r.Status == EvidenceReleaseStatus.Proposed, ct);
        release.ProposedByUserId = proposedBy;
        await SignAndKeepAsync(release, releasedBy, ct);
        return System.Text.Encoding.UTF8.GetBytes(release.SignedFile!);
    }

    private async Task SignAndKeepAsync(EvidenceRelease release, Guid director, CancellationToken ct)
    {
        var key = await keys.ActiveAsync(release.OrganisationId, ct);
        var payload = System.Text.Encoding.UTF8.GetBytes(release.Document);
        var signed = SignedEvidence.Create(key.KeyId, key.PublicKey, payload, keys.Sign(key, payload));
        release.Status = EvidenceReleaseStatus.Released;
        release.DecidedByUserId = director;
        release.DecidedAt = clock.UtcNow;
        release.SignedFile = System.Text.Encoding.UTF8.GetString(signed.ToFileBytes());
        release.KeyId = key.KeyId;
        release.Version++;
        if (release.SupersedesId is { } earlier)
        {
            await db.Set<EvidenceRelease>().Where(r => r.Id == earlier && r.Status == EvidenceReleaseStatus.Released)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, EvidenceReleaseStatus.Superseded), ct);
        }

        db.Audit.Record(AuditActions.EvidenceReleased, AuditEntities.EvidenceRelease, release.Id, null, $"period {release.PeriodCode}, signed with {key.KeyId}");
        await db.SaveChangesAsync(ct);
    }
}
