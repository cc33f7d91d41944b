using Offramp.Core.Common;

namespace Offramp.Core.Outcomes;

/// <summary>
/// A dated outcome in the taxonomy of <see cref="OutcomeType"/>, with where the information came from and how sure it is.
/// Evaluation (time at risk from release, rates at fixed horizons) reads these rows; they are never deleted, a wrong
/// one is retracted with a reason so the history of what was believed stays visible.
/// </summary>
public sealed class OutcomeEvent : Entity
{
    public Guid ParticipantId { get; set; }

    public OutcomeType Type { get; set; }

    public DateOnly OccurredOn { get; set; }

    public InformationSource Source { get; set; }

    public OutcomeConfidence Confidence { get; set; }

    /// <summary>Free text about the person (sealed, bound to this row and field).</summary>
    public byte[]? DetailsSealed { get; set; }

    /// <summary>The follow-up at which it was learned, if any.</summary>
    public Guid? FollowUpId { get; set; }

    public Guid RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public DateOnly? RetractedOn { get; set; }

    public string? RetractionReason { get; set; }

    public bool IsRetracted => RetractedOn is not null;
}

/// <summary>What happened. The adverse types first, then the positive ones (see <see cref="OutcomeTaxonomy"/>).</summary>
public enum OutcomeType
{
    ReArrest,
    ReconvictionTerrorism,
    ReconvictionOtherViolent,
    ReconvictionOther,
    ReEngagementWithoutConviction,
    OffendingInCustody,
    TravelToConflictZone,
    Death,
    LostToFollowUp,
    Employment,
    Housing,
    Education,
    FamilyTies,
    CommunityIntegration,

    /// <summary>Removed from the country: follow-up for reoffending here ends (a competing outcome, like death). Last, as stored codes are names.</summary>
    Deportation,
}

/// <summary>How sure the program is: a record (court, police) confirms it, someone reported it, or it is suspected.</summary>
public enum OutcomeConfidence
{
    ConfirmedByRecord,
    Reported,
    Suspected,
}

/// <summary>Where information about a participant after (or during) the program came from.</summary>
public enum InformationSource
{
    OfficialRecord,
    Police,
    Court,
    PrisonService,
    ProbationService,
    Participant,
    Family,
    CommunityContact,
    ProgramStaff,
    PartnerAgency,
    Media,
    Other,
}
