using Offramp.Core.Common;
using Offramp.Core.Participants;
using Offramp.Core.Sessions;

namespace Offramp.Core.Access;

/// <summary>
/// A participant together with what the caller is on that case: director, and/or team roles, or an emergency
/// reader under a break-glass grant (<see cref="ViaBreakGlass"/>: no role, standard notes only, no writes).
/// </summary>
public sealed record ParticipantStanding(Participant Participant, CallerScope Scope, bool IsDirector, IReadOnlyList<Role> TeamRoles, bool ViaBreakGlass = false)
{
    public bool IsOnTeamAs(Role role) => TeamRoles.Contains(role);

    /// <summary>Caseworkers and directors run the administrative path (screening, consent, stages, justice dates).</summary>
    public bool CanManageCase => IsDirector || IsOnTeamAs(Role.Caseworker);

    /// <summary>
    /// Standard notes: anyone on the case. Clinical: psychologists on the team and the director.
    /// Restricted: the author and the director only.
    /// </summary>
    public bool CanReadNotes(CaseSession session) => session.Confidentiality switch
    {
        ConfidentialityClass.Standard => true,
        ConfidentialityClass.Clinical => IsDirector || IsOnTeamAs(Role.Psychologist),
        ConfidentialityClass.Restricted => IsDirector || session.RecordedByUserId == Scope.UserId,
        _ => false,
    };

    public bool CanWriteClass(ConfidentialityClass confidentiality) => !ViaBreakGlass && confidentiality switch
    {
        ConfidentialityClass.Clinical => IsDirector || IsOnTeamAs(Role.Psychologist),
        _ => true,
    };

    public void RequireCaseManager()
    {
        if (!CanManageCase)
        {
            throw new ForbiddenException("Only the participant's caseworker or the program director can do this.");
        }
    }

    public void RequireDirector()
    {
        if (!IsDirector)
        {
            throw new ForbiddenException("Only the program director can do this.");
        }
    }
}
