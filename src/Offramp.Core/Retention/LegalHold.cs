using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Retention;

/// <summary>
/// A legal hold keeps a participant's record intact (litigation, an inquiry, a court order): retention skips it and
/// erasure is refused with the hold's reason until it is lifted.
/// </summary>
public sealed class LegalHold : Entity, IDecidedOnce
{
    public Guid OrganisationId { get; set; }

    public Guid ParticipantId { get; set; }

    /// <summary>The legal ground, e.g. "Court order 2026/118" (procedural, not about the person).</summary>
    public required string Reason { get; set; }

    public Guid PlacedByUserId { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    public Guid? LiftedByUserId { get; set; }

    public DateTimeOffset? LiftedAt { get; set; }

    bool IDecidedOnce.IsDecided => LiftedAt is not null;

    void IDecidedOnce.Decide(Guid userId, DateTimeOffset at) => (LiftedByUserId, LiftedAt) = (userId, at);
}
