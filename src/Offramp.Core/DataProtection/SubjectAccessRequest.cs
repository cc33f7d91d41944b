using Offramp.Core.Common;

namespace Offramp.Core.DataProtection;

/// <summary>
/// A participant asked for everything held about them. A case manager records the request; the program director
/// approves it; only then can the export (HTML and JSON) be produced.
/// </summary>
public sealed class SubjectAccessRequest : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid ParticipantId { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public Guid RequestedByUserId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public Guid? ApprovedByUserId { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }
}
