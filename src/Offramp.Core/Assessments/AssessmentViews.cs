using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Observations;

namespace Offramp.Core.Assessments;

public sealed record AssessmentSummary(
    Guid Id, int Version, DateOnly AssessedOn, AssessmentKind Kind, AssessmentEvent? Event, AssessmentStatus Status,
    string InstrumentName, string InstrumentVersion, string? OverallJudgement, int Submissions, Guid InstrumentId);

/// <summary>An assessment as the caller may see it: others' ratings are absent (not empty) while the caller is blind to them.</summary>
public sealed record AssessmentView(
    Guid Id, int Version, Guid ParticipantId, DateOnly AssessedOn, AssessmentKind Kind, AssessmentEvent? Event, AssessmentStatus Status,
    Guid InstrumentId, InstrumentDefinition Instrument,
    string? OverallJudgement, string? Formulation, string? AgreedBy, DateTimeOffset? AgreedAt,
    CallerAssessmentRights Caller,
    IReadOnlyList<SubmissionView> Submissions,
    IReadOnlyList<ConsensusItemView> Consensus,
    IReadOnlyList<ItemEvidenceView> Evidence);

public sealed record CallerAssessmentRights(bool MayRate, bool HasSubmitted, bool MayRecordConsensus, bool SeesOthersRatings);

/// <summary>A rater's submission. <see cref="Ratings"/> and the judgement are null while the caller is blind to them.</summary>
public sealed record SubmissionView(
    Guid Id, string Rater, Role RaterRole, DateTimeOffset SubmittedAt, bool IsCallers,
    string? OverallJudgement, string? Formulation, IReadOnlyList<ItemRatingView>? Ratings);

public sealed record ItemRatingView(string ItemKey, string Level, string? Evidence, string? Rationale);

public sealed record ConsensusItemView(string ItemKey, string Level, string? Rationale, string? Disagreement);

public sealed record ItemEvidenceView(string ItemKey, Guid ObservationId, DateOnly ObservedOn, ObservationSource Source, ObservationReliability Reliability, string Description);
