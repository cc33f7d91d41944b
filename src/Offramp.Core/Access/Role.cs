namespace Offramp.Core.Access;

/// <summary>The roles of DOMAIN.md. Program roles are held per program; OrganisationAdmin and Auditor per organisation.</summary>
public enum Role
{
    Caseworker,
    Mentor,
    Psychologist,
    FaithCounsellor,
    ProgramDirector,
    Evaluator,
    OrganisationAdmin,
    Auditor,
}

public static class RoleFacts
{
    /// <summary>Roles that can sit on a participant's case team.</summary>
    public static readonly IReadOnlySet<Role> CaseTeamRoles = new HashSet<Role>
    {
        Role.Caseworker, Role.Mentor, Role.Psychologist, Role.FaithCounsellor, Role.ProgramDirector,
    };

    /// <summary>Roles held for the whole organisation rather than for one program.</summary>
    public static bool IsOrganisationWide(Role role) => role is Role.OrganisationAdmin or Role.Auditor;
}
