using Offramp.Core.Access;
using Offramp.Core.Justice;
using Offramp.Core.Referrals;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Core.Participants.Read;

/// <summary>Everything about one participant that the caller may see, identifiers opened, notes withheld where the class forbids.</summary>
public sealed record ParticipantRecord(
    Guid Id,
    string Code,
    int Version,
    Guid ProgramId,
    string ProgramName,
    Guid? SiteId,
    Stage Stage,
    IReadOnlyList<Stage> NextStages,
    ParticipantIdentity Identity,
    Gender Gender,
    int? YearOfBirth,
    string? Nationality,
    string? Languages,
    bool ConsentWithdrawn,
    bool EvaluationConsent,
    CallerStanding Caller,
    IReadOnlyList<ReferralView> Referrals,
    IReadOnlyList<ConsentView> Consents,
    IReadOnlyList<StageChangeView> Stages,
    IReadOnlyList<TeamMemberView> Team,
    IReadOnlyList<JusticeEventView> JusticeEvents,
    IReadOnlyList<SessionView> Sessions);

public sealed record CallerStanding(bool IsDirector, IReadOnlyList<Role> TeamRoles, bool CanManageCase);

public sealed record ReferralView(Guid Id, int Version, ReferralSource Source, DateOnly ReferredOn, string Referrer, string? Reason,
    ScreeningDecision Screening, string? ScreeningReason, DateOnly? ScreenedOn);

public sealed record ConsentView(Guid Id, int Version, DateOnly GivenOn, string FormVersion, bool CoversParticipation, bool CoversFamilyContact,
    bool CoversEvaluation, string? GuardianName, bool GuardianConsented, DateOnly? WithdrawnOn, string? WithdrawalReason);

public sealed record StageChangeView(Guid Id, Stage? FromStage, Stage ToStage, DateOnly EffectiveOn, string Reason, string ChangedBy, DateTimeOffset RecordedAt);

public sealed record TeamMemberView(Guid Id, int Version, Guid UserId, string DisplayName, Role Role, DateOnly From, DateOnly? Until);

public sealed record JusticeEventView(Guid Id, int Version, JusticeEventKind Kind, DateOnly OccurredOn, int? SentenceMonths, string? Reference);

/// <summary>A session; <see cref="Notes"/> is null and <see cref="NotesWithheld"/> true when the caller's role may not read them.</summary>
public sealed record SessionView(Guid Id, int Version, DateOnly HeldOn, int DurationMinutes, SessionKind Kind, ConfidentialityClass Confidentiality,
    string? Notes, bool NotesWithheld, IReadOnlyList<string> Attendees, string? OtherAttendees, string RecordedBy)
{
    /// <summary>Who led the session, by name (also among <see cref="Attendees"/>).</summary>
    public IReadOnlyList<string> Facilitators { get; init; } = [];
}
