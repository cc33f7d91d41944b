using Offramp.Core.Access;
using Offramp.Core.Common;

namespace Offramp.Core.CaseTeams;

/// <summary>Who works with a participant and as what. Scope for caseworkers, mentors and clinicians comes from here.</summary>
public sealed class CaseTeamMember : Entity
{
    public Guid ParticipantId { get; set; }

    public Guid UserId { get; set; }

    public Role Role { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Set when the member leaves the team; from then on the participant is out of their scope.</summary>
    public DateOnly? Until { get; set; }
}
