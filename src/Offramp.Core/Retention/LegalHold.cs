using Offramp.Core.Common;

namespace Offramp.Core.Retention;

/// <summary>
/// A legal hold keeps a participant's record intact (litigation, an inquiry, a court order): retention skips it and
/// erasure is refused with the hold's reason until it is lifted.
/// </summary>
public sealed class LegalHold : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ParticipantId { get; set; }

    /// <summary>The legal ground, e.g. "Court order 2026/118" (procedural, not about the person).</summary>
    public required string Reason { get; set; }

    public Guid PlacedByUserId { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    public Guid? LiftedByUserId { get; set; }

    public DateTimeOffset? LiftedAt { get; set; }
}
