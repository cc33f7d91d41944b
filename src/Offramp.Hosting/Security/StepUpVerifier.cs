using Microsoft.AspNetCore.Identity;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Disclosure;

using OtpNet;

namespace Offramp.Hosting.Security;

/// <summary>
/// Step-up: checks a fresh authenticator code for the signed-in user and hands the time-step it matched to
/// <see cref="StepUpGuard"/>, which refuses a code already used, counts wrong ones (five lock step-up for 15 minutes),
/// audits every attempt and records a success server-side (the disclosure use cases require one within five minutes).
/// Identity's own check cannot say which time-step matched, so the code is checked here with the same key and
/// algorithm (RFC 6238, HMAC-SHA1, 6 digits, 30 s).
/// </summary>
public sealed class StepUpVerifier(UserManager<AppUser> users, StepUpGuard guard, IActor actor)
{
    /// <summary>The API header that carries the code: <c>X-Offramp-Step-Up: 123456</c>.</summary>
    public const string Header = "X-Offramp-Step-Up";

    /// <summary>
    /// Up to two steps back (a code typed slowly on a loaded server, as Identity's sign-in allows) and one ahead (a phone
    /// clock slightly fast). Authenticator apps run on wall time, so this is the system time, never the test clock.
    /// </summary>
    private static readonly VerificationWindow Tolerance = new(previous: 2, future: 1);

    public async Task VerifyAsync(string code, CancellationToken ct)
    {
        var userId = actor.UserId ?? throw new NotFoundException();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException();
        var step = user.TwoFactorEnabled ? await AuthenticatorCodes.MatchTimeStepAsync(users, user, code, Tolerance) : null;
        await guard.AcceptAsync(userId, step, ct);
    }
}
