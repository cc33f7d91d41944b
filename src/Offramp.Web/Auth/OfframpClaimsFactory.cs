using System.Globalization;
using System.Security.Claims;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Web.Infrastructure;

namespace Offramp.Web.Auth;

/// <summary>Adds the organisation and the sign-in time (for the 8-hour absolute session limit) to the cookie.</summary>
public sealed class OfframpClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, IClock clock)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OfframpClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(OfframpClaims.SignedInAt, clock.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
