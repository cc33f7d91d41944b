using Offramp.Core.Common;

namespace Offramp.Core.Access;

/// <summary>A user's role in one program, or in the whole organisation when <see cref="ProgramId"/> is null.</summary>
public sealed class RoleAssignment : Entity
{
    public Guid UserId { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid? ProgramId { get; set; }

    public Role Role { get; set; }
}
