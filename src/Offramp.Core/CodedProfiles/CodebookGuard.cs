using Offramp.Core.Access;
using Offramp.Core.Common;

namespace Offramp.Core.CodedProfiles;

internal static class CodebookGuard
{
    /// <summary>Codebook administration is the organisation admin's; to anyone else it answers 404 like other administration.</summary>
    public static void RequireAdmin(CallerScope scope)
    {
        if (!scope.IsOrganisationAdmin)
        {
            throw new NotFoundException();
        }
    }
}
