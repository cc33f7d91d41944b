using Microsoft.AspNetCore.Identity;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;

namespace Offramp.Web.Auth;

/// <summary>
/// Step-up: checks a fresh authenticator code for the signed-in user and records the time server-side (StepUps table),
/// which the disclosure use cases require within five minutes. A wrong code is audited and refused with 403.
/// </summary>
public sealed class StepUpVerifier(UserManager<AppUser> users, StepUpGuard guard, OfframpDbContext db, IActor actor)
{
    /// <summary>The API header that carries the code: <c>X-Offramp-Step-Up: 123456</c>.</summary>
    public const string Header = "X-Offramp-Step-Up";

    public async Task VerifyAsync(string code, CancellationToken ct)
    {
        var userId = actor.UserId ?? throw new NotFoundException();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException();
        var digits = new string([.. code.Where(char.IsDigit)]);
        var valid = digits.Length == 6 && user.TwoFactorEnabled &&
            await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
        if (!valid)
        {
            guard.RecordFailure(userId);
            await db.SaveChangesAsync(ct);
            throw new ForbiddenException("The authenticator code is wrong or expired: step-up refused.");
        }

        guard.Record(userId);
        await db.SaveChangesAsync(ct);
    }
}
