using Offramp.Core.Common;

namespace Offramp.Core.Plans;

/// <summary>A dated review of a plan with progress per goal; it sets the next review date.</summary>
public sealed class PlanReview : Entity
{
    public Guid PlanId { get; set; }

    public Guid ParticipantId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    public byte[]? SummarySealed { get; set; }

    public DateOnly NextReviewOn { get; set; }

    public Guid ReviewedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public List<GoalProgress> Progress { get; set; } = [];
}

public sealed class GoalProgress
{
    public Guid ReviewId { get; set; }

    public Guid GoalId { get; set; }

    public GoalProgressRating Rating { get; set; }
}
