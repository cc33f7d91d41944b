using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.CaseTeams;

/// <summary>Takes someone off a case; the participant leaves their scope at once. The row stays as history.</summary>
public sealed class EndTeamMembership(OfframpDbContext db, ParticipantAccess access, IClock clock)
{
    public async Task ExecuteAsync(Guid participantId, Guid memberId, int expectedVersion, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireDirector();
        var member = await db.CaseTeamMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (member.Until is not null)
        {
            throw new ConflictException("This membership has already ended.");
        }

        db.ExpectVersion(member, expectedVersion);
        member.Until = clock.Today;
        db.Audit.Record(AuditActions.Update, AuditEntities.CaseTeamMember, member.Id, participantId, "membership ended");
        await db.SaveChangesAsync(ct);
    }
}
