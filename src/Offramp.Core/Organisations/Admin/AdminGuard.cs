using Offramp.Core.Access;
using Offramp.Core.Common;

namespace Offramp.Core.Organisations.Admin;

internal static class AdminGuard
{
    /// <summary>Administration is answered 404 to everyone else, like any other out-of-scope resource.</summary>
    public static void RequireAdmin(CallerScope scope)
    {
        if (!scope.IsOrganisationAdmin)
        {
            throw new NotFoundException();
        }
    }
}
