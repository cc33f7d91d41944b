using Offramp.Core.Common;
using Offramp.Core.Formulation;

namespace Offramp.Core.Plans;

/// <summary>
/// A participant's intervention plan: goals tied to the formulation, modules with expected dose and a responsible
/// person, incentives, and a review every <see cref="ReviewIntervalMonths"/> months (a worklist task).
/// </summary>
public sealed class InterventionPlan : Entity
{
    public Guid ParticipantId { get; set; }

    public Guid? TemplateId { get; set; }

    /// <summary>The formulation revision the goals answer.</summary>
    public int? FormulationRevision { get; set; }

    public DateOnly StartedOn { get; set; }

    public int ReviewIntervalMonths { get; set; } = 3;

    public DateOnly NextReviewOn { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Active;

    public DateOnly? ClosedOn { get; set; }

    public string? CloseReason { get; set; }

    /// <summary>Agreed incentives (sealed: they can be personal).</summary>
    public byte[]? IncentivesSealed { get; set; }

    public Guid CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PlanGoal> Goals { get; set; } = [];

    public List<PlanModule> Modules { get; set; } = [];
}

public enum PlanStatus
{
    Active,
    Completed,
    Ended,
}

public sealed class PlanGoal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public int Order { get; set; }

    public FormulationArea Area { get; set; }

    public required byte[] DescriptionSealed { get; set; }

    public Guid? ResponsibleUserId { get; set; }

    /// <summary>The rating of the latest review, for the plan at a glance.</summary>
    public GoalProgressRating? LatestProgress { get; set; }
}

public sealed class PlanModule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public int Order { get; set; }

    public required string Name { get; set; }

    public Guid? TemplateModuleId { get; set; }

    public int? ExpectedSessions { get; set; }

    public int? ExpectedMinutes { get; set; }

    public Guid? ResponsibleUserId { get; set; }
}

public enum GoalProgressRating
{
    NotStarted,
    Setback,
    SomeProgress,
    GoodProgress,
    Achieved,
}
