using System.Globalization;
using System.Security.Claims;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Offramp.Core.Data;
using Offramp.Web.Infrastructure;

namespace Offramp.Web.Auth;

/// <summary>
/// Sessions end after 15 idle minutes (sliding cookie) and at the latest 8 hours after sign-in, whatever the activity;
/// the cookie's security stamp is compared with the account's on every request, so sign-out (which changes the stamp),
/// a password reset or a deactivation ends every session of the account at once, and a copied cookie replayed later
/// gets the login page. The principal is still rebuilt (roles reloaded) once a minute by Identity's validator.
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
            await EndAsync(context);
            return;
        }

        if (!await StampStillValidAsync(context))
        {
            await EndAsync(context);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>One indexed read per request: the account is active and its stamp is the one the cookie was issued with.</summary>
    private static async Task<bool> StampStillValidAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        if (stamp is null || !Guid.TryParse(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        var account = await services.GetRequiredService<OfframpDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.IsActive })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        return account is { IsActive: true } && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal);
    }

    private static async Task EndAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
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
