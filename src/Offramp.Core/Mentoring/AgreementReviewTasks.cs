using Offramp.Core.Participants;
using Offramp.Core.Worklist;

namespace Offramp.Core.Mentoring;

/// <summary>The agreement's next review on the case team's worklist (mentor and caseworker see it), found by the agreement id.</summary>
public static class AgreementReviewTasks
{
    public const string SourceType = "agreement-review";

    public static CaseTask Schedule(TaskPlanner planner, Participant participant, MentoringAgreement agreement) =>
        planner.Add(participant, TaskKinds.AgreementReview, "Mentoring agreement review", agreement.NextReviewOn, TaskAudience.CaseTeam,
            sourceType: SourceType, sourceId: agreement.Id);
}
