using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Common;

namespace Offramp.Core.Assessments;

/// <summary>
/// One assessment of a participant on one published instrument version: raters submit blind, then the team records
/// the agreed rating per item, the formulation and the overall judgement (chosen by people, never computed).
/// </summary>
public sealed class Assessment : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid ParticipantId { get; set; }

    public Guid InstrumentVersionId { get; set; }

    public AssessmentKind Kind { get; set; }

    /// <summary>For <see cref="AssessmentKind.Event"/>: what happened.</summary>
    public AssessmentEvent? Event { get; set; }

    /// <summary>The date the assessment is about (the reference date of the ratings).</summary>
    public DateOnly AssessedOn { get; set; }

    public AssessmentStatus Status { get; set; } = AssessmentStatus.Rating;

    public Guid OpenedByUserId { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Code of the agreed overall judgement (one of the instrument's judgement levels).</summary>
    public string? OverallJudgement { get; set; }

    public byte[]? FormulationSealed { get; set; }

    public Guid? AgreedByUserId { get; set; }

    public DateTimeOffset? AgreedAt { get; set; }

    public List<RaterSubmission> Submissions { get; set; } = [];

    public List<ConsensusRating> Consensus { get; set; } = [];
}

public enum AssessmentKind
{
    /// <summary>At intake, before the intervention plan.</summary>
    Baseline,

    /// <summary>A re-assessment in the program's rhythm (e.g. weekly team review, full review every three months).</summary>
    Scheduled,

    /// <summary>After an incident, a release or a breach.</summary>
    Event,
}

public enum AssessmentEvent
{
    Incident,
    Release,
    Breach,
}

public enum AssessmentStatus
{
    /// <summary>Raters are submitting, each blind to the others.</summary>
    Rating,

    /// <summary>The consensus is recorded; nothing more changes.</summary>
    Agreed,
}
