using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Disclosure;

/// <summary>
/// Four eyes: a second director of the program, with a fresh step-up, approves a disclosure awaiting approval.
/// The director who decided cannot approve their own decision. The approval is a new register entry.
/// </summary>
public sealed class ApproveDisclosure(OfframpDbContext db, DisclosureRegister register, StepUpGuard stepUp, FieldCipher cipher, TaskPlanner planner, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, Guid entryId, DisclosureFollowUpCommand command, CancellationToken ct = default)
    {
        var (standing, entry, followUps) = await register.DisclosureForDirectorAsync(participantId, entryId, ct);
        CommandValidation.Ensure(command);
        if (entry.Kind != DisclosureEntryKind.Disclosure || !entry.RequiresApproval)
        {
            throw new ConflictException("This register entry does not await approval.");
        }

        if (followUps.Any(f => f.Kind == DisclosureEntryKind.Approval))
        {
            throw new ConflictException("This disclosure has already been approved.");
        }

        var userId = standing.Scope.UserId;
        if (entry.RecordedByUserId == userId)
        {
            throw new ForbiddenException("A second director must approve: you cannot approve your own disclosure decision.");
        }

        await stepUp.RequireFreshAsync(userId, ct);
        var approval = DisclosureRegister.FollowUp(entry, DisclosureEntryKind.Approval, userId, clock.UtcNow);
        approval.RationaleSealed = cipher.Seal(command.Note?.Trim(), approval.Id, "Rationale");
        db.Set<DisclosureEntry>().Add(approval);
        foreach (var task in await planner.OpenFromAsync("disclosure", entry.Id, ct))
        {
            DisclosureTasks.Complete(task, userId, clock, "Approved by a second director");
        }

        db.Audit.Record(AuditActions.DisclosureApproved, AuditEntities.Disclosure, entry.Id, participantId, $"released after second director's approval, sha256 {entry.ContentSha256}");
        await db.SaveChangesAsync(ct);
        return approval.Id;
    }
}
