using Microsoft.AspNetCore.Identity;

using Offramp.Core.Access;

namespace Offramp.Web.Auth.SignIn;

public enum PasswordStepOutcome
{
    /// <summary>Go on to the code page: said for every email and every password, right or wrong.</summary>
    AskForCode,

    /// <summary>Right password of an account without an authenticator yet: signed in for enrolment only.</summary>
    Enrol,
}

/// <summary>
/// The first sign-in form. It never says whether the email has an account or the password is right: every attempt goes
/// on to the code page, and the verdict on both comes after the code (<see cref="SecondFactorStep"/>). The password hasher
/// runs for unknown emails too, against a hash of a random password, so a real account does not answer more slowly. The
/// step writes nothing to the database, so its timing cannot tell a right password from a wrong one either.
/// </summary>
public sealed class PasswordStep(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountThrottle throttle, IHttpContextAccessor http)
{
    public async Task<PasswordStepOutcome> RunAsync(string email, string password, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        var usable = user is { IsActive: true, PasswordHash.Length: > 0 };
        var verdict = users.PasswordHasher.VerifyHashedPassword(user ?? Stranger, usable ? user!.PasswordHash! : DummyHash(users), password);
        var passwordRight = usable && verdict != PasswordVerificationResult.Failed;

        if (usable && !user!.TwoFactorEnabled)
        {
            // Until enrolment the password is the account's only factor, so it is checked like a code: reserved, spaced out.
            var reserved = await throttle.TryReserveCheckAsync(user.Id, ct);
            if (reserved && passwordRight)
            {
                await throttle.SucceededAsync(user, ct);
                await signIn.SignInAsync(user, isPersistent: false);
                return PasswordStepOutcome.Enrol;
            }

            await throttle.FailedAsync(new FailedAttempt(user.Id, user, reserved ? FailureKind.WrongLastFactor : FailureKind.NotChecked), ct);
            passwordRight = false;
        }

        await PendingSignIn.IssueAsync(http.HttpContext!, new PendingSignIn(user?.Id ?? Guid.CreateVersion7(), passwordRight));
        return PasswordStepOutcome.AskForCode;
    }

    private static readonly AppUser Stranger = new() { DisplayName = "" };

    private static string? dummyHash;

    /// <summary>Made once with the app's own hasher, so it costs exactly what a real account's hash costs.</summary>
    private static string DummyHash(UserManager<AppUser> users) =>
        dummyHash ??= users.PasswordHasher.HashPassword(Stranger, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
}
