using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.DataProtection;

/// <summary>
/// A participant asked for everything held about them. A case manager records the request; the program director
/// approves it; only then can the export (HTML and JSON) be produced.
/// </summary>
public sealed class SubjectAccessRequest : Entity, IDecidedOnce
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid ParticipantId { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public Guid RequestedByUserId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public Guid? ApprovedByUserId { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    bool IDecidedOnce.IsDecided => ApprovedAt is not null;

    void IDecidedOnce.Decide(Guid userId, DateTimeOffset at) => (ApprovedByUserId, ApprovedAt) = (userId, at);
}
