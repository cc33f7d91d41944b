using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Certifications;

/// <summary>
/// Whose certifications the caller manages: the organisation admin everyone's in the organisation, a program director
/// the staff of the programs they direct (they know who was trained). To anyone else the feature answers 404, like
/// other administration.
/// </summary>
internal sealed record CertifierReach(Guid OrganisationId, IReadOnlyList<Guid>? Programs)
{
    public static CertifierReach Of(CallerScope scope)
    {
        if (scope.IsOrganisationAdmin)
        {
            return new CertifierReach(scope.OrganisationId, null);
        }

        var directed = scope.DirectedPrograms;
        return directed.Count > 0 ? new CertifierReach(scope.OrganisationId, directed) : throw new NotFoundException();
    }

    /// <summary>Active users of the organisation within reach (staff of the directed programs for a director).</summary>
    public IQueryable<AppUser> Users(OfframpDbContext db)
    {
        var organisationId = OrganisationId;
        var users = db.Users.Where(u => u.OrganisationId == organisationId);
        if (Programs is not { } programs)
        {
            return users;
        }

        var staff = db.RoleAssignments.Where(r => r.OrganisationId == organisationId && r.ProgramId != null && programs.Contains(r.ProgramId.Value)).Select(r => r.UserId);
        return users.Where(u => staff.Contains(u.Id));
    }
}
