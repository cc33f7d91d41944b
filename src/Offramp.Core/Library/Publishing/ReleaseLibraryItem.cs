using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Library.Publishing;

/// <summary>
/// The second pair of eyes: a director of the program who did not propose the profile or lesson reads exactly the
/// document that would leave and releases it with a fresh step-up. It is signed with the organisation's publishing
/// key, the same key its evidence bundles carry, so a hub that trusts the program's bundles trusts its profile.
/// </summary>
public sealed class ReleaseLibraryItem(OfframpDbContext db, EvaluationAccess access, StepUpGuard stepUp, PublishingKeys keys, IClock clock)
{
    public async Task ExecuteAsync(Guid programId, Guid releaseId, int expectedVersion, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        program.RequireDirector();
        var release = await db.Set<LibraryRelease>().SingleOrDefaultAsync(r => r.Id == releaseId && r.ProgramId == program.Id, ct) ?? throw new NotFoundException();
        var me = db.Audit.Actor.UserId ?? throw new NotFoundException();
        if (release.Status != LibraryReleaseStatus.Proposed)
        {
            throw new ConflictException(Phrase.Of($"This {release.Kind} is {release.Status}: only a proposal can be released."));
        }

        if (release.Version != expectedVersion)
        {
            throw new ConflictException("The proposal changed since you opened it: read it again.");
        }

        if (release.ProposedByUserId == me)
        {
            throw new ForbiddenException(Phrase.Of($"A second person releases what the library publishes: you proposed this {release.Kind}, so another director of the program reads and releases it."));
        }

        await stepUp.RequireFreshAsync(me, ct);
        await SignAsync(release, me, ct);
    }

    /// <summary>For the demo, seeded when no one is signed in: the demo evaluator proposed, the demo director releases. Returns the signed file.</summary>
    public async Task<byte[]> ForDemoAsync(Guid releaseId, Guid proposedBy, Guid releasedBy, CancellationToken ct = default)
    {
        var release = await db.Set<LibraryRelease>().SingleAsync(r => r.Id == releaseId && r.Status == LibraryReleaseStatus.Proposed, ct);
        release.ProposedByUserId = proposedBy;
        await SignAsync(release, releasedBy, ct);
        return System.Text.Encoding.UTF8.GetBytes(release.SignedFile!);
    }

    private async Task SignAsync(LibraryRelease release, Guid director, CancellationToken ct)
    {
        var key = await keys.ActiveAsync(release.OrganisationId, ct);
        var payload = System.Text.Encoding.UTF8.GetBytes(release.Document);
        release.SignedFile = System.Text.Encoding.UTF8.GetString(SignedEvidence.Create(key.KeyId, key.PublicKey, payload, keys.Sign(key, payload)).ToFileBytes());
        release.KeyId = key.KeyId;
        release.Status = LibraryReleaseStatus.Released;
        release.DecidedByUserId = director;
        release.DecidedAt = clock.UtcNow;
        release.Version++;
        db.Audit.Record(AuditActions.LibraryReleased, AuditEntities.LibraryRelease, release.Id, null, $"{release.Kind} version {release.ProfileVersion}, signed with {key.KeyId}");
        await db.SaveChangesAsync(ct);
    }
}
