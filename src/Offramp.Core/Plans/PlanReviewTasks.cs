using Offramp.Core.Participants;
using Offramp.Core.Worklist;

namespace Offramp.Core.Plans;

/// <summary>The plan's next review on the worklist of the case team, found again by the plan's id.</summary>
public static class PlanReviewTasks
{
    public const string SourceType = "plan-review";

    public static CaseTask Schedule(TaskPlanner planner, Participant participant, InterventionPlan plan) =>
        planner.Add(participant, TaskKinds.PlanReview, "Intervention plan review", plan.NextReviewOn, TaskAudience.CaseTeam, sourceType: SourceType, sourceId: plan.Id);
}
