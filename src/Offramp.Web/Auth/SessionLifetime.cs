using System.Globalization;
using System.Security.Claims;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

using Offramp.Web.Infrastructure;

namespace Offramp.Web.Auth;

/// <summary>
/// Sessions end after 15 idle minutes (sliding cookie) and at the latest 8 hours after sign-in, whatever the activity;
/// the security stamp is rechecked every minute so a password reset or role removal ends other sessions quickly.
/// Time comes from the authentication TimeProvider, the same clock the cookie's idle expiry uses.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        // Checked before the stamp validation, which may reissue the cookie: the limit counts from the first sign-in.
        var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (SignedInAt(context.Principal) is not { } signedInAt || now - signedInAt > Absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>
    /// The stamp check rebuilds the principal through the claims factory, which knows nothing of how the user signed
    /// in: it stamps "now" as the sign-in time and drops the "amr: mfa" claim the second factor added. Carrying both
    /// over keeps the 8-hour limit absolute for a user who never goes idle, and keeps a verified session verified.
    /// </summary>
    public static Task KeepSignInFactsAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is not { } current || context.NewPrincipal?.Identity is not ClaimsIdentity renewed)
        {
            return Task.CompletedTask;
        }

        foreach (var type in CarriedOver)
        {
            foreach (var stamped in renewed.FindAll(type).ToList())
            {
                renewed.RemoveClaim(stamped);
            }

            renewed.AddClaims(current.FindAll(type).Select(c => new Claim(c.Type, c.Value)));
        }

        return Task.CompletedTask;
    }

    private static readonly string[] CarriedOver = [OfframpClaims.SignedInAt, "amr"];

    private static DateTimeOffset? SignedInAt(ClaimsPrincipal? principal) =>
        principal?.FindFirst(OfframpClaims.SignedInAt)?.Value is { } value &&
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
