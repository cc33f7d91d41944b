using Offramp.Core.Access;
using Offramp.Core.Common;

namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>
/// An admin's request to give someone a role that opens case content (every program role). Nothing is granted until a
/// second person approves: a director of the program, or another admin where the program has no director. The
/// requester, the approver and the grantee are three different people; a request not decided in
/// <see cref="Lifetime"/> expires.
/// </summary>
public sealed class RoleRequest : Entity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid OrganisationId { get; set; }

    /// <summary>Who would receive the role.</summary>
    public Guid UserId { get; set; }

    public Role Role { get; set; }

    public Guid ProgramId { get; set; }

    public Guid RequestedByUserId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public RoleRequestStatus Status { get; set; } = RoleRequestStatus.Pending;

    public Guid? DecidedByUserId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why it was declined: an administrative reason about an account, never case content.</summary>
    public string? DeclineReason { get; set; }

    /// <summary>The role assignment an approval created.</summary>
    public Guid? AssignmentId { get; set; }

    /// <summary>Pending and past its expiry counts as expired; nothing stores that, so no job has to run for it.</summary>
    public RoleRequestStatus StatusAt(DateTimeOffset now) =>
        Status == RoleRequestStatus.Pending && ExpiresAt <= now ? RoleRequestStatus.Expired : Status;
}

public enum RoleRequestStatus
{
    Pending,
    Approved,
    Declined,
    Withdrawn,

    /// <summary>Computed for a pending request past its expiry (<see cref="RoleRequest.StatusAt"/>); never stored.</summary>
    Expired,
}
