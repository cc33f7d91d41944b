using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Participants.Update;

/// <summary>Corrects identifiers and demographics; re-seals every field and rebuilds the blind indexes. Stale versions answer 412.</summary>
public sealed class UpdateParticipantDetails(OfframpDbContext db, ParticipantAccess access, IdentitySealer sealer)
{
    public async Task<int> ExecuteAsync(Guid participantId, int expectedVersion, UpdateParticipantDetailsCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var p = standing.Participant;
        if (command.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganisationId == p.OrganisationId, ct))
        {
            throw new DomainException("Unknown site.", nameof(command.SiteId));
        }

        db.ExpectVersion(p, expectedVersion);
        sealer.Seal(p, command.Identity);
        command.ApplyDemographicsTo(p);
        db.BlindIndex.RemoveRange(await db.BlindIndex.Where(b => b.ParticipantId == p.Id).ToListAsync(ct));
        db.BlindIndex.AddRange(sealer.IndexEntries(p, command.Identity));
        db.Audit.Record(AuditActions.Update, AuditEntities.Participant, p.Id, p.Id, "identifiers and demographics");
        await db.SaveChangesAsync(ct);
        return p.Version;
    }
}
