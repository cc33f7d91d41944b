using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.FollowUp;

/// <summary>Records a pending follow-up: contact made or not, the source, sealed findings; its worklist task is done with it.</summary>
public sealed class RecordFollowUp(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, TaskPlanner planner, IClock clock)
{
    public async Task<int> ExecuteAsync(Guid participantId, Guid followUpId, int expectedVersion, RecordFollowUpCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        FollowUpGuard.RequireFollowable(standing.Participant);
        var followUp = await db.Set<ScheduledFollowUp>().SingleOrDefaultAsync(f => f.Id == followUpId && f.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (followUp.Status != FollowUpStatus.Pending)
        {
            throw new ConflictException("This follow-up has already been recorded.");
        }

        if (command.ContactedOn < followUp.AnchorDate)
        {
            throw new DomainException(Phrase.Of($"A follow-up cannot precede the date it counts from ({followUp.AnchorDate:yyyy-MM-dd})."), nameof(command.ContactedOn));
        }

        db.ExpectVersion(followUp, expectedVersion);
        followUp.Status = FollowUpStatus.Recorded;
        followUp.ContactMade = command.ContactMade;
        followUp.ContactedOn = command.ContactedOn;
        followUp.Source = command.Source;
        followUp.FindingsSealed = cipher.Seal(command.Findings?.Trim(), followUp.Id, "Findings");
        followUp.RecordedByUserId = standing.Scope.UserId;
        followUp.RecordedAt = clock.UtcNow;
        foreach (var task in await planner.OpenFromAsync(FollowUpTasks.SourceType, followUp.Id, ct))
        {
            task.Complete(clock.Today, standing.Scope.UserId);
        }

        db.Audit.Record(AuditActions.Update, AuditEntities.FollowUp, followUp.Id, participantId, $"{followUp.MonthsAfter} months, contact {(command.ContactMade ? "made" : "not made")}");
        await db.SaveChangesAsync(ct);
        return followUp.Version;
    }
}
