using Offramp.Core.Common;

namespace Offramp.Core.Referrals;

public sealed class Referral : Entity
{
    public Guid ParticipantId { get; set; }

    public ReferralSource Source { get; set; }

    public DateOnly ReferredOn { get; set; }

    /// <summary>Why the person was referred; free text about a person, so sealed like the notes.</summary>
    public byte[]? ReasonSealed { get; set; }

    /// <summary>Who referred (role or agency, e.g. "prison security officer, HMP North").</summary>
    public required string Referrer { get; set; }

    public ScreeningDecision Screening { get; set; } = ScreeningDecision.Pending;

    public string? ScreeningReason { get; set; }

    public DateOnly? ScreenedOn { get; set; }

    public Guid? ScreenedByUserId { get; set; }

    public Guid RecordedByUserId { get; set; }
}

public enum ReferralSource
{
    SecurityStaff,
    Court,
    Probation,
    Family,
    Community,
    Self,
    Other,
}

public enum ScreeningDecision
{
    Pending,
    Accepted,
    Declined,
}
