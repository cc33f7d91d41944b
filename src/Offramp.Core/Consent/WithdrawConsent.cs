using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Stages;

namespace Offramp.Core.Consent;

/// <summary>
/// Withdrawal takes effect at once: the participant is marked withdrawn, excluded from evaluation, and no new
/// case data can be recorded except justice events (which the law requires us to keep).
/// </summary>
public sealed class WithdrawConsent(OfframpDbContext db, ParticipantAccess access, StageMover stages)
{
    public async Task ExecuteAsync(Guid participantId, int expectedVersion, WithdrawConsentCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var p = standing.Participant;
        var consent = await db.Consents.Where(c => c.ParticipantId == p.Id && c.WithdrawnOn == null)
            .OrderByDescending(c => c.GivenOn).FirstOrDefaultAsync(ct)
            ?? throw new ConflictException("There is no active consent to withdraw.");
        if (command.WithdrawnOn < consent.GivenOn)
        {
            throw new DomainException("Withdrawal cannot precede the consent it withdraws.", nameof(command.WithdrawnOn));
        }

        db.ExpectVersion(p, expectedVersion);
        consent.WithdrawnOn = command.WithdrawnOn;
        consent.WithdrawalReason = command.Reason?.Trim();
        p.ConsentWithdrawn = true;
        p.EvaluationConsent = false;
        if (StageRules.CanMove(p.Stage, Stage.Withdrawn))
        {
            stages.Move(p, Stage.Withdrawn, command.WithdrawnOn, "Consent withdrawn", standing.Scope.UserId);
        }

        db.Audit.Record(AuditActions.ConsentWithdraw, AuditEntities.Consent, consent.Id, p.Id);
        await db.SaveChangesAsync(ct);
    }
}
