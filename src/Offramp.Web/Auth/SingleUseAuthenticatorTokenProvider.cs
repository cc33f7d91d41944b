using System.Globalization;

using Microsoft.AspNetCore.Identity;

using Offramp.Core.Access;
using Offramp.Hosting.Security;

using OtpNet;

namespace Offramp.Web.Auth;

/// <summary>
/// Identity's authenticator check with the rule RFC 6238 §5.2 asks for and Identity leaves out: a code is single use.
/// The time-step of the last accepted code is kept with the user's Identity tokens; a code of that step or an older one
/// is refused, so a code seen over someone's shoulder (or replayed from a captured request) cannot open a second session.
/// Wrong codes still count towards Identity's lockout, as before.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider : AuthenticatorTokenProvider<AppUser>
{
    public const string LoginProvider = "Offramp";
    public const string LastTimeStepToken = "LastAuthenticatorTimeStep";

    /// <summary>Two steps back and two ahead, the tolerance Identity's own check applies.</summary>
    private static readonly VerificationWindow Tolerance = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (await AuthenticatorCodes.MatchTimeStepAsync(manager, user, token, Tolerance) is not { } step)
        {
            return false;
        }

        var remembered = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastTimeStepToken);
        if (long.TryParse(remembered, NumberStyles.Integer, CultureInfo.InvariantCulture, out var last) && step <= last)
        {
            return false;
        }

        // Saving bumps the user's concurrency stamp: of two sign-ins racing with the same code, only one saves.
        var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastTimeStepToken, step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }
}
