using System.Security.Claims;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Offramp.Web.Auth.SignIn;

/// <summary>
/// What the password step hands to the code step, in Identity's short-lived, encrypted two-factor cookie: the account
/// (a random id when the email is unknown) and whether the password was right. The browser cannot read it, so the
/// verdict on the password is only ever told together with the verdict on the code.
/// </summary>
public sealed record PendingSignIn(Guid UserId, bool PasswordRight)
{
    private const string PasswordClaim = "offramp:password-right";

    public static Task IssueAsync(HttpContext http, PendingSignIn pending) =>
        http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [
                // The Name claim is where Identity's own two-factor cookie keeps the user id.
                new Claim(ClaimTypes.Name, pending.UserId.ToString()),
                new Claim(PasswordClaim, pending.PasswordRight ? "1" : "0"),
            ],
            IdentityConstants.TwoFactorUserIdScheme)));

    public static async Task<PendingSignIn?> ReadAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return result.Principal is { } principal && Guid.TryParse(principal.FindFirstValue(ClaimTypes.Name), out var userId)
            ? new PendingSignIn(userId, principal.FindFirstValue(PasswordClaim) == "1")
            : null;
    }

    public static Task EndAsync(HttpContext http) => http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
}
