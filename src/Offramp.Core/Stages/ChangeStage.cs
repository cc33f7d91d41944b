using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Stages;

/// <summary>
/// Moves a participant along the path. Consented needs an active consent (use the consent form, which moves the stage);
/// withdrawn goes through withdrawing consent; closure is the director's decision.
/// </summary>
public sealed class ChangeStage(OfframpDbContext db, ParticipantAccess access, StageMover mover)
{
    public async Task<int> ExecuteAsync(Guid participantId, int expectedVersion, ChangeStageCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var p = standing.Participant;
        switch (command.ToStage)
        {
            case Stage.Closed:
                standing.RequireDirector();
                break;
            case Stage.Consented:
                throw new DomainException("Record the consent itself: that moves the participant to consented.", nameof(command.ToStage));
            case Stage.Withdrawn:
                throw new DomainException("Withdraw the consent itself: that moves the participant to withdrawn.", nameof(command.ToStage));
        }

        var lastChange = await db.StageChanges.Where(s => s.ParticipantId == p.Id).MaxAsync(s => (DateOnly?)s.EffectiveOn, ct);
        if (lastChange is { } last && command.EffectiveOn < last)
        {
            throw new DomainException(Phrase.Of($"The date cannot precede the previous stage change ({last:yyyy-MM-dd})."), nameof(command.EffectiveOn));
        }

        db.ExpectVersion(p, expectedVersion);
        var from = p.Stage;
        mover.Move(p, command.ToStage, command.EffectiveOn, command.Reason.Trim(), standing.Scope.UserId);
        db.Audit.Record(AuditActions.StageChange, AuditEntities.Participant, p.Id, p.Id, $"stage {from}→{command.ToStage}");
        await db.SaveChangesAsync(ct);
        return p.Version;
    }
}
