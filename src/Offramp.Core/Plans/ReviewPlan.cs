using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Plans;

/// <summary>
/// Records a review of the active plan with progress on every goal, closes the due review task and puts the next one
/// on the worklist (every three months by default). Without a plan, or dated before it, nothing is written.
/// </summary>
public sealed class ReviewPlan(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, TaskPlanner planner, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, ReviewPlanCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(standing.Participant);
        var plan = await db.Set<InterventionPlan>().Include(p => p.Goals)
            .SingleOrDefaultAsync(p => p.ParticipantId == participantId && p.Status == PlanStatus.Active, ct)
            ?? throw new DomainException("There is no active plan to review: write the plan first.", nameof(command.ReviewedOn));
        if (command.ReviewedOn < plan.StartedOn)
        {
            throw new DomainException(Phrase.Of($"A review cannot precede the plan, which started on {plan.StartedOn:yyyy-MM-dd}."), nameof(command.ReviewedOn));
        }

        var goalIds = plan.Goals.Select(g => g.Id).ToHashSet();
        if (!goalIds.SetEquals(command.Progress.Keys))
        {
            throw new DomainException("Rate the progress of every goal of the plan, and only those.", nameof(command.Progress));
        }

        var review = new PlanReview
        {
            PlanId = plan.Id,
            ParticipantId = participantId,
            ReviewedOn = command.ReviewedOn,
            NextReviewOn = command.NextReviewOn ?? command.ReviewedOn.AddMonths(plan.ReviewIntervalMonths),
            ReviewedByUserId = standing.Scope.UserId,
            RecordedAt = clock.UtcNow,
        };
        review.SummarySealed = cipher.Seal(command.Summary?.Trim(), review.Id, "Summary");
        review.Progress.AddRange(command.Progress.Select(p => new GoalProgress { ReviewId = review.Id, GoalId = p.Key, Rating = p.Value }));
        foreach (var goal in plan.Goals)
        {
            goal.LatestProgress = command.Progress[goal.Id];
        }

        foreach (var task in await planner.OpenFromAsync(PlanReviewTasks.SourceType, plan.Id, ct))
        {
            task.Complete(clock.Today, standing.Scope.UserId);
        }

        plan.NextReviewOn = review.NextReviewOn;
        PlanReviewTasks.Schedule(planner, standing.Participant, plan);
        db.Set<PlanReview>().Add(review);
        db.Audit.Record(AuditActions.Create, AuditEntities.PlanReview, review.Id, participantId, $"next review {review.NextReviewOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return review.Id;
    }
}
