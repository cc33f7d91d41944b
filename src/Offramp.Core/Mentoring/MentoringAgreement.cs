using Offramp.Core.Common;

namespace Offramp.Core.Mentoring;

/// <summary>
/// The match of a mentor to a participant (with the reasons) and their agreement: goals and meeting frequency,
/// reviewed every few months (a worklist task), renegotiated or ended with a reason.
/// </summary>
public sealed class MentoringAgreement : Entity
{
    public Guid ParticipantId { get; set; }

    public Guid MentorUserId { get; set; }

    /// <summary>Why this mentor (language, background, shared experience...): sealed, it speaks about the participant.</summary>
    public required byte[] MatchReasonsSealed { get; set; }

    public required byte[] GoalsSealed { get; set; }

    public int MeetingsPerMonth { get; set; }

    public DateOnly StartedOn { get; set; }

    public int ReviewIntervalMonths { get; set; } = 3;

    public DateOnly NextReviewOn { get; set; }

    public AgreementStatus Status { get; set; } = AgreementStatus.Active;

    public DateOnly? EndedOn { get; set; }

    public Guid CreatedByUserId { get; set; }
}

public enum AgreementStatus
{
    Active,
    Ended,
}

/// <summary>One review of an agreement: continued as is, renegotiated (new goals or frequency) or ended, with a reason.</summary>
public sealed class AgreementReview : Entity
{
    public Guid AgreementId { get; set; }

    public Guid ParticipantId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    public AgreementDecision Decision { get; set; }

    public byte[]? ReasonSealed { get; set; }

    public Guid ReviewedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public enum AgreementDecision
{
    Continued,
    Renegotiated,
    Ended,
}
