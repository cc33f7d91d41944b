using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;

namespace Offramp.Core.Retention;

/// <summary>The program director places and lifts legal holds on a participant's record.</summary>
public sealed class ManageLegalHolds(OfframpDbContext db, ParticipantAccess access, IClock clock)
{
    private static readonly OnceOnlyDecision Lifting =
        new(AuditActions.LegalHoldLifted, AuditEntities.LegalHold, "This legal hold has already been lifted.");

    public async Task<Guid> PlaceAsync(Guid participantId, LegalHoldCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireDirector();
        CommandValidation.Ensure(command);
        var hold = new LegalHold
        {
            OrganisationId = standing.Participant.OrganisationId,
            ParticipantId = participantId,
            Reason = command.Reason.Trim(),
            PlacedByUserId = standing.Scope.UserId,
            PlacedAt = clock.UtcNow,
        };
        db.Set<LegalHold>().Add(hold);
        db.Audit.Record(AuditActions.LegalHoldPlaced, AuditEntities.LegalHold, hold.Id, participantId);
        await db.SaveChangesAsync(ct);
        return hold.Id;
    }

    public async Task LiftAsync(Guid participantId, Guid holdId, int expectedVersion, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireDirector();
        await db.DecideOnceAsync<LegalHold>(Lifting, standing, holdId, expectedVersion, clock.UtcNow, ct);
    }
}
