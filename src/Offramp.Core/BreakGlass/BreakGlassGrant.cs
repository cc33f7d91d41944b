using Offramp.Core.Common;

namespace Offramp.Core.BreakGlass;

/// <summary>
/// Emergency read access to one participant for a user outside the record's scope. It lasts at most
/// <see cref="MaxDuration"/>, is flagged loudly in the audit trail, and the program director must review it afterwards.
/// </summary>
public sealed class BreakGlassGrant : Entity
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(60);

    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid ParticipantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>Why the emergency needed the record; sealed because it may describe the person.</summary>
    public byte[]? ReasonSealed { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    /// <summary>When access ends; set earlier when the director escalates during the emergency.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public BreakGlassReview? Review { get; set; }

    public Guid? ReviewedByUserId { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewNote { get; set; }
}

/// <summary>The director's verdict on an emergency access: justified, or escalated for investigation.</summary>
public enum BreakGlassReview
{
    Accepted,
    Escalated,
}
