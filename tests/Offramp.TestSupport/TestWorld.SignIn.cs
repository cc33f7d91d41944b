using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Offramp.Web.Auth;

namespace Offramp.TestSupport;

/// <summary>Authenticator codes for signing in through the forms: the server accepts each TOTP time-step once per user.</summary>
public sealed partial class TestWorld
{
    /// <summary>
    /// The current code for <paramref name="persona"/>, accepted even if a test of this world already signed that persona
    /// in during this 30-second window: the remembered time-step is forgotten first, as if the next window had begun.
    /// Tests of the single-use rule itself use <see cref="StepUpCode"/> instead.
    /// </summary>
    public async Task<string> SignInCodeAsync(Persona persona)
    {
        var userId = UserId(persona);
        await DbAsync(db => db.Set<IdentityUserToken<Guid>>()
            .Where(t => t.UserId == userId && t.LoginProvider == SingleUseAuthenticatorTokenProvider.LoginProvider)
            .ExecuteDeleteAsync());
        return StepUpCode(persona);
    }
}
