using System.Globalization;
using System.Security.Claims;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

using Offramp.Core.Access;
using Offramp.Web.Infrastructure;

namespace Offramp.Web.Auth;

/// <summary>
/// Adds the organisation and the sign-in time (for the 8-hour absolute session limit) to the cookie. The time comes from
/// the authentication TimeProvider, the clock the cookie and the session limit use.
/// </summary>
public sealed class OfframpClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, TimeProvider time)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OfframpClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(OfframpClaims.SignedInAt, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
