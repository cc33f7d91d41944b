using Offramp.Core.Common;

namespace Offramp.Core.Safeguarding;

/// <summary>
/// A worry about a participant raised by someone on the case team: what was observed, when, by whom, how urgent.
/// Only the program director decides what follows (see Disclosure); the observation is sealed like case notes.
/// </summary>
public sealed class Concern : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid ParticipantId { get; set; }

    public DateOnly ObservedOn { get; set; }

    /// <summary>Who observed it, by role or source ("mentor during a visit", "prison officer").</summary>
    public required string ObservedBy { get; set; }

    public byte[]? ObservationSealed { get; set; }

    public ConcernUrgency Urgency { get; set; }

    public ConcernStatus Status { get; set; } = ConcernStatus.Open;

    public Guid RaisedByUserId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
}

public enum ConcernUrgency
{
    Routine,
    Urgent,
    Immediate,
}

public enum ConcernStatus
{
    Open,
    Disclosed,
    NotDisclosed,
}
