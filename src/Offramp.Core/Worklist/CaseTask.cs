using Offramp.Core.Common;

namespace Offramp.Core.Worklist;

/// <summary>
/// Something someone must do by a date: a plan review, a re-assessment, a follow-up, an alert to look at.
/// Features create tasks; the worklist shows each user what is due and overdue across their caseload.
/// Titles are written without personal data (the participant code is shown next to them).
/// </summary>
public sealed class CaseTask : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid? ParticipantId { get; set; }

    /// <summary>One of <see cref="TaskKinds"/>; text so that each feature can add its own kinds.</summary>
    public required string Kind { get; set; }

    public required string Title { get; set; }

    public DateOnly DueOn { get; set; }

    public TaskAudience Audience { get; set; }

    /// <summary>For <see cref="TaskAudience.User"/>: who must do it.</summary>
    public Guid? AssignedUserId { get; set; }

    public CaseTaskStatus Status { get; set; } = CaseTaskStatus.Open;

    public DateOnly? CompletedOn { get; set; }

    public Guid? CompletedByUserId { get; set; }

    public string? CompletionNote { get; set; }

    /// <summary>Marks the task done by <paramref name="userId"/> today, with a note where the completion says more.</summary>
    public void Complete(DateOnly today, Guid? userId, string? note = null)
    {
        Status = CaseTaskStatus.Done;
        CompletedOn = today;
        CompletedByUserId = userId;
        CompletionNote = note;
    }

    /// <summary>What created the task (e.g. "plan-review" and the plan's id), so a feature can find and move its tasks.</summary>
    public string? SourceType { get; set; }

    public Guid? SourceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Who sees a task: one user, the participant's whole case team, or the program's directors.</summary>
public enum TaskAudience
{
    User,
    CaseTeam,
    ProgramDirectors,
}

public enum CaseTaskStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>The kinds of task the features create.</summary>
public static class TaskKinds
{
    public const string PlanReview = "plan-review";
    public const string AgreementReview = "agreement-review";
    public const string Reassessment = "reassessment";
    public const string FollowUp = "follow-up";
    public const string Aftercare = "aftercare";
    public const string Alert = "alert";
    public const string Concern = "concern";
    public const string AccessReview = "access-review";
    public const string General = "general";
    public const string SubjectAccess = "subject-access";

    /// <summary>
    /// Kinds that stand for a record: the review, assessment, follow-up or decision itself closes them. Ticking one off
    /// by hand would leave the record unmade while the worklist says it was done.
    /// </summary>
    public static readonly IReadOnlySet<string> ClosedByTheirRecord =
        new HashSet<string>([PlanReview, AgreementReview, Reassessment, FollowUp, Concern, AccessReview, SubjectAccess], StringComparer.Ordinal);
}
