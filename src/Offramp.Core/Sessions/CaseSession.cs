using Offramp.Core.Common;

namespace Offramp.Core.Sessions;

/// <summary>One contact with a participant. The notes are sealed; who may read them depends on <see cref="Confidentiality"/>.</summary>
public sealed class CaseSession : Entity
{
    public Guid ParticipantId { get; set; }

    public DateOnly HeldOn { get; set; }

    public int DurationMinutes { get; set; }

    public SessionKind Kind { get; set; }

    public ConfidentialityClass Confidentiality { get; set; }

    public byte[]? NotesSealed { get; set; }

    /// <summary>Attendees who are not users (e.g. "mother", "imam from the mosque"), plain names avoided.</summary>
    public string? OtherAttendees { get; set; }

    public Guid RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The plan module this session delivered, if any: the plan counts delivered dose from it.</summary>
    public Guid? ModuleId { get; set; }

    public List<SessionAttendee> Attendees { get; set; } = [];
}

public sealed class SessionAttendee
{
    public Guid SessionId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>Led the session (e.g. one of the one or two facilitators of a Healthy Identity Intervention session), not only attended it.</summary>
    public bool Facilitator { get; set; }
}

public enum SessionKind
{
    OneToOne,
    Mentoring,
    Group,
    Family,
    TheologicalDialogue,
    Psychological,
    PracticalSupport,
}

public enum ConfidentialityClass
{
    Standard,
    Clinical,
    Restricted,
}
