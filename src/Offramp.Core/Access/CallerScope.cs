namespace Offramp.Core.Access;

/// <summary>
/// What the signed-in user may touch, computed once per request from their role assignments.
/// Signed in never means allowed: every query asks this object.
/// </summary>
public sealed class CallerScope
{
    private readonly IReadOnlyList<RoleAssignment> assignments;

    public CallerScope(Guid userId, Guid organisationId, IReadOnlyList<RoleAssignment> assignments)
    {
        UserId = userId;
        OrganisationId = organisationId;
        this.assignments = assignments;
        DirectedPrograms = ProgramsWhere(Role.ProgramDirector);
        CaseworkPrograms = [.. assignments.Where(a => a.ProgramId is not null && RoleFacts.CaseTeamRoles.Contains(a.Role)).Select(a => a.ProgramId!.Value).Distinct()];
    }

    public Guid UserId { get; }

    public Guid OrganisationId { get; }

    /// <summary>Programs where the user is director: all their participants are in scope.</summary>
    public IReadOnlyList<Guid> DirectedPrograms { get; }

    /// <summary>Programs where the user holds any case-team role: their own caseload there is in scope.</summary>
    public IReadOnlyList<Guid> CaseworkPrograms { get; }

    public IEnumerable<Role> Roles => assignments.Select(a => a.Role).Distinct();

    public bool Has(Role role) => assignments.Any(a => a.Role == role);

    public bool Has(Role role, Guid programId) => assignments.Any(a => a.Role == role && a.ProgramId == programId);

    public bool CanDoCasework => CaseworkPrograms.Count > 0;

    public bool IsOrganisationAdmin => Has(Role.OrganisationAdmin);

    public bool IsAuditor => Has(Role.Auditor);

    public IReadOnlyList<Guid> ProgramsWhere(Role role) =>
        [.. assignments.Where(a => a.Role == role && a.ProgramId is not null).Select(a => a.ProgramId!.Value).Distinct()];

    public IReadOnlyList<Guid> ProgramsWhereAny(params Role[] roles) =>
        [.. assignments.Where(a => roles.Contains(a.Role) && a.ProgramId is not null).Select(a => a.ProgramId!.Value).Distinct()];
}
