using Offramp.Core.Access;
using Offramp.Core.Common;

namespace Offramp.Web.Infrastructure;

/// <summary>What the menu offers the signed-in user; menus follow roles so nobody is shown a door that answers 404.</summary>
public sealed class Navigation(ScopeLoader scopes, IHttpContextAccessor http, Offramp.Core.Evidence.Hub.HubAccess hub)
{
    public async Task<NavigationView?> GetAsync()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true || !user.HasClaim("amr", "mfa"))
        {
            return null;
        }

        try
        {
            var scope = await scopes.GetAsync();
            return new NavigationView(
                user.Identity.Name ?? "",
                scope.CanDoCasework,
                scope.ProgramsWhereAny(Role.Caseworker, Role.ProgramDirector).Count > 0,
                scope.IsOrganisationAdmin,
                scope.IsAuditor,
                scope.DirectedPrograms.Count > 0,
                scope.ProgramsWhereAny(Role.ProgramDirector, Role.Evaluator).Count > 0,
                // Hub staff hold no program role; asking costs a query, so staff with casework are not asked on every page.
                !scope.CanDoCasework && await hub.IsHubMemberAsync());
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}

public sealed record NavigationView(string UserName, bool Casework, bool Intake, bool Admin, bool Audit, bool Directs, bool Evaluates, bool Hub);
