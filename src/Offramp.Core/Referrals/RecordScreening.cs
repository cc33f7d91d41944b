using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Stages;

namespace Offramp.Core.Referrals;

/// <summary>Records the screening decision on a referral and moves the participant to screening, or to declined.</summary>
public sealed class RecordScreening(OfframpDbContext db, ParticipantAccess access, StageMover stages)
{
    public async Task<int> ExecuteAsync(Guid participantId, Guid referralId, int expectedVersion, RecordScreeningCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (referral.Screening != ScreeningDecision.Pending)
        {
            throw new ConflictException("This referral has already been screened.");
        }

        if (command.ScreenedOn < referral.ReferredOn)
        {
            throw new DomainException("Screening cannot precede the referral date.", nameof(command.ScreenedOn));
        }

        db.ExpectVersion(referral, expectedVersion);
        referral.Screening = command.Decision;
        referral.ScreeningReason = command.Reason.Trim();
        referral.ScreenedOn = command.ScreenedOn;
        referral.ScreenedByUserId = standing.Scope.UserId;

        var participant = standing.Participant;
        if (participant.Stage == Stage.Referred)
        {
            stages.Move(participant, Stage.Screening, command.ScreenedOn, "Screening started", standing.Scope.UserId);
        }

        if (command.Decision == ScreeningDecision.Declined && participant.Stage == Stage.Screening)
        {
            stages.Move(participant, Stage.Declined, command.ScreenedOn, command.Reason.Trim(), standing.Scope.UserId);
        }

        db.Audit.Record(AuditActions.Screening, AuditEntities.Referral, referral.Id, participantId, $"decision {command.Decision}");
        await db.SaveChangesAsync(ct);
        return referral.Version;
    }
}
