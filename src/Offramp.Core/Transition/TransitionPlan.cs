using Offramp.Core.Common;

namespace Offramp.Core.Transition;

/// <summary>
/// Release from custody to the community: the handover from the in-custody team lead to the community team lead, the
/// practical arrangements (housing, work or education, identity documents, health) and protection from retribution.
/// The release dates themselves stay on the justice timeline. The safe location and contact rules are sealed and
/// shown only to the caseworker and director.
/// </summary>
public sealed class TransitionPlan : Entity
{
    public Guid ParticipantId { get; set; }

    public Guid? CustodyLeadUserId { get; set; }

    public Guid? CommunityLeadUserId { get; set; }

    public DateOnly? HandoverOn { get; set; }

    public bool HandoverCompleted { get; set; }

    public ArrangementStatus Housing { get; set; }

    public ArrangementStatus WorkOrEducation { get; set; }

    public ArrangementStatus IdentityDocuments { get; set; }

    public ArrangementStatus Health { get; set; }

    /// <summary>Details of the arrangements (addresses, employers): sealed.</summary>
    public byte[]? ArrangementNotesSealed { get; set; }

    public ThreatLevel Threat { get; set; } = ThreatLevel.NotAssessed;

    public DateOnly? ThreatAssessedOn { get; set; }

    public byte[]? SafeLocationSealed { get; set; }

    public byte[]? ContactRulesSealed { get; set; }

    public Guid UpdatedByUserId { get; set; }
}

public enum ArrangementStatus
{
    NotStarted,
    InProgress,
    Arranged,
    NotNeeded,
}

/// <summary>The threat of retribution from the former group or others, as the team assessed it.</summary>
public enum ThreatLevel
{
    NotAssessed,
    None,
    Low,
    Moderate,
    High,
}
