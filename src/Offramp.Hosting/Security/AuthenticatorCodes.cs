using Microsoft.AspNetCore.Identity;

using Offramp.Core.Access;

using OtpNet;

namespace Offramp.Hosting.Security;

/// <summary>
/// Which TOTP time-step (Unix seconds / 30) a code of the user's authenticator belongs to. Identity's own check only
/// says yes or no; single-use rules (sign-in and step-up) need the step. RFC 6238, HMAC-SHA1, 6 digits, 30 s, on wall
/// time, as authenticator apps run. Enrolment checks a code before two-factor is switched on, so that is the caller's
/// rule, not this one's. Wall time (the system TimeProvider), never the app's clock: a test that moves the app's clock
/// must not move the codes a phone shows.
/// </summary>
public static class AuthenticatorCodes
{
    public static async Task<long?> MatchTimeStepAsync(UserManager<AppUser> users, AppUser user, string code, VerificationWindow tolerance)
    {
        var digits = new string([.. code.Where(char.IsDigit)]);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (digits.Length != 6 || string.IsNullOrEmpty(key))
        {
            return null;
        }

        return new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(TimeProvider.System.GetUtcNow().UtcDateTime, digits, out var step, tolerance) ? step : null;
    }
}
