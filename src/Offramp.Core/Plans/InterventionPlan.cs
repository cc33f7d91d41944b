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

    /// <summary>Why the module is in the plan; null for plans written before this was recorded.</summary>
    public PlanModuleBasis? Basis { get; set; }

    /// <summary>For an indicated module: the agreed ratings that indicated it, as generated from the instrument (no free text).</summary>
    public string? IndicationReason { get; set; }

    /// <summary>The agreed assessment that indicated the module.</summary>
    public Guid? IndicatedByAssessmentId { get; set; }

    /// <summary>For a module added by professional judgement: the practitioner's reason (sealed: it can be personal).</summary>
    public byte[]? JudgementSealed { get; set; }
}

/// <summary>Why a module is in the plan.</summary>
public enum PlanModuleBasis
{
    /// <summary>From a template that offers it to every participant.</summary>
    Template,

    /// <summary>Indicated by the participant's latest agreed assessment.</summary>
    Indicated,

    /// <summary>Not indicated (or not assessed), added by the practitioner with a recorded reason.</summary>
    Judgement,

    /// <summary>Written by the practitioner, not taken from a template.</summary>
    Written,
}

public enum GoalProgressRating
{
    NotStarted,
    Setback,
    SomeProgress,
    GoodProgress,
    Achieved,
}
