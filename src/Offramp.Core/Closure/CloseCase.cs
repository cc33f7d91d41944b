using System.ComponentModel.DataAnnotations;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.FollowUp;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;

namespace Offramp.Core.Closure;

/// <summary>
/// The director closes a case with a coded reason and a note. Open work ends with it (plan reviews, agreement reviews,
/// aftercare) except the follow-ups, which carry on for years; the record stays for follow-up and evaluation.
/// </summary>
public sealed class CloseCase(OfframpDbContext db, ParticipantAccess access, StageMover stages, TaskPlanner planner, AutoStartFollowUps followUps)
{
    public async Task<int> ExecuteAsync(Guid participantId, int expectedVersion, CloseCaseCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireDirector();
        var participant = standing.Participant;
        db.ExpectVersion(participant, expectedVersion);
        var from = participant.Stage;
        stages.Move(participant, Stage.Closed, command.ClosedOn, $"{command.Reason}: {command.Note.Trim()}", standing.Scope.UserId);
        var open = await db.Set<CaseTask>()
            .Where(t => t.ParticipantId == participantId && t.Status == CaseTaskStatus.Open && t.SourceType != FollowUpTasks.SourceType)
            .ToListAsync(ct);
        foreach (var task in open)
        {
            planner.Cancel(task, "Case closed.");
        }

        db.Audit.Record(AuditActions.StageChange, AuditEntities.Participant, participantId, participantId, $"closed from {from}: {command.Reason}");
        if (command.Reason == ClosureReason.Completed)
        {
            // A completed program is followed up for years; the schedule starts now unless the release already started it.
            await followUps.AfterCompletionAsync(participant, command.ClosedOn, ct);
        }

        await db.SaveChangesAsync(ct);
        return participant.Version;
    }
}

public sealed class CloseCaseCommand : IValidatableCommand
{
    [DefinedEnum]
    public ClosureReason Reason { get; set; }

    [Required(ErrorMessage = "Add a note on the closure.")]
    [StringLength(1900)]
    public string Note { get; set; } = "";

    [PastDate]
    public DateOnly ClosedOn { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (ClosedOn == default)
        {
            yield return (nameof(ClosedOn), "Enter the date of closure.");
        }
    }
}

public enum ClosureReason
{
    Completed,
    FollowUpPeriodEnded,
    ParticipantWithdrew,
    NoLongerEligible,
    LostContact,
    Died,
    TransferredElsewhere,
    Other,
}
