using System.Globalization;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

using Offramp.Web.Infrastructure;

namespace Offramp.Web.Auth;

/// <summary>
/// Sessions end after 15 idle minutes (sliding cookie) and at the latest 8 hours after sign-in, whatever the activity;
/// the security stamp is rechecked every minute so a password reset or role removal ends other sessions quickly.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.FindFirst(OfframpClaims.SignedInAt)?.Value is { } value &&
            long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) &&
            DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds) > Absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
