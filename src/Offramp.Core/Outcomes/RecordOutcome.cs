using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.FollowUp;
using Offramp.Core.Security;

namespace Offramp.Core.Outcomes;

/// <summary>Anyone on the case records an outcome, also after closure; details are sealed.</summary>
public sealed class RecordOutcome(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, RecordOutcomeCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        FollowUpGuard.RequireFollowable(standing.Participant);
        if (command.FollowUpId is { } followUpId &&
            !await db.Set<ScheduledFollowUp>().AnyAsync(f => f.Id == followUpId && f.ParticipantId == participantId, ct))
        {
            throw new DomainException("The follow-up is not one of this participant's.", nameof(command.FollowUpId));
        }

        var outcome = new OutcomeEvent
        {
            ParticipantId = participantId,
            Type = command.Type,
            OccurredOn = command.OccurredOn,
            Source = command.Source,
            Confidence = command.Confidence,
            FollowUpId = command.FollowUpId,
            RecordedByUserId = standing.Scope.UserId,
            RecordedAt = clock.UtcNow,
        };
        outcome.DetailsSealed = cipher.Seal(command.Details?.Trim(), outcome.Id, "Details");
        db.Set<OutcomeEvent>().Add(outcome);
        db.Audit.Record(AuditActions.Create, AuditEntities.Outcome, outcome.Id, participantId, $"{command.Type} ({command.Confidence})");
        await db.SaveChangesAsync(ct);
        return outcome.Id;
    }
}
