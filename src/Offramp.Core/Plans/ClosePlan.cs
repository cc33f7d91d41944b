using System.ComponentModel.DataAnnotations;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Worklist;

namespace Offramp.Core.Plans;

/// <summary>Completes or ends the active plan with a date and reason; its pending review is cancelled. The completion date can anchor follow-ups.</summary>
public sealed class ClosePlan(OfframpDbContext db, ParticipantAccess access, TaskPlanner planner)
{
    public async Task<int> ExecuteAsync(Guid participantId, Guid planId, int expectedVersion, ClosePlanCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var plan = await db.Set<InterventionPlan>().SingleOrDefaultAsync(p => p.Id == planId && p.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (plan.Status != PlanStatus.Active)
        {
            throw new ConflictException("The plan is already closed.");
        }

        if (command.ClosedOn < plan.StartedOn)
        {
            throw new DomainException(Phrase.Of($"The plan cannot close before it started ({plan.StartedOn:yyyy-MM-dd})."), nameof(command.ClosedOn));
        }

        db.ExpectVersion(plan, expectedVersion);
        plan.Status = command.Completed ? PlanStatus.Completed : PlanStatus.Ended;
        plan.ClosedOn = command.ClosedOn;
        plan.CloseReason = command.Reason.Trim();
        foreach (var task in await planner.OpenFromAsync(PlanReviewTasks.SourceType, plan.Id, ct))
        {
            planner.Cancel(task, "Plan closed.");
        }

        db.Audit.Record(AuditActions.Update, AuditEntities.Plan, plan.Id, participantId, $"{plan.Status} on {command.ClosedOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return plan.Version;
    }
}

public sealed class ClosePlanCommand : IValidatableCommand
{
    /// <summary>True: the plan was completed; false: it ended without completion.</summary>
    public bool Completed { get; set; }

    [PastDate]
    public DateOnly ClosedOn { get; set; }

    [Required(ErrorMessage = "Give the reason.")]
    [StringLength(2000)]
    public string Reason { get; set; } = "";

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (ClosedOn == default)
        {
            yield return (nameof(ClosedOn), "Enter the date.");
        }
    }
}
