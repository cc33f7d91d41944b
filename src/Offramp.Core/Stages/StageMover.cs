using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Stages;

/// <summary>The only place that changes a participant's stage: checks the path and appends the dated history row.</summary>
public sealed class StageMover(OfframpDbContext db, IClock clock)
{
    public void Move(Participant participant, Stage to, DateOnly effectiveOn, string reason, Guid userId)
    {
        if (!StageRules.CanMove(participant.Stage, to))
        {
            var allowed = string.Join(", ", StageRules.NextStages(participant.Stage));
            throw new DomainException(
                $"A participant cannot move from {participant.Stage} to {to}." + (allowed.Length > 0 ? $" Possible next stages: {allowed}." : " The record is closed."),
                "ToStage");
        }

        db.StageChanges.Add(new StageChange
        {
            ParticipantId = participant.Id,
            FromStage = participant.Stage,
            ToStage = to,
            EffectiveOn = effectiveOn,
            Reason = reason,
            ChangedByUserId = userId,
            RecordedAt = clock.UtcNow,
        });
        participant.Stage = to;
    }
}
