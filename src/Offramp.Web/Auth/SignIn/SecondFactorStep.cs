using System.Security.Claims;

using Microsoft.AspNetCore.Identity;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Web.Infrastructure.Languages;

using OtpNet;

namespace Offramp.Web.Auth.SignIn;

public enum SecondFactorOutcome
{
    /// <summary>No pending sign-in (none, or older than five minutes): back to the password form.</summary>
    StartAgain,
    SignedIn,
    Failed,
}

/// <summary>
/// The second sign-in form, where password and code are judged together. A sign-in succeeds only with the right password,
/// an active enrolled account and a valid unused code (or recovery code), whatever was tried on the account before:
/// wrong passwords from strangers flag the account but never lock its owner out. Every other case gets the same answer
/// and does the same reads (the account, its authenticator key, a TOTP computed against it or a throwaway key).
/// </summary>
public sealed class SecondFactorStep(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountThrottle throttle, OfframpDbContext db, IHttpContextAccessor http)
{
    private static readonly VerificationWindow Tolerance = new(previous: 2, future: 2);

    private static readonly byte[] ThrowawayKey = KeyGeneration.GenerateRandomKey(20);

    public Task<SecondFactorOutcome> AuthenticatorCodeAsync(string code, CancellationToken ct) => RunAsync(code, recoveryCode: false, ct);

    public Task<SecondFactorOutcome> RecoveryCodeAsync(string code, CancellationToken ct) => RunAsync(code, recoveryCode: true, ct);

    private async Task<SecondFactorOutcome> RunAsync(string code, bool recoveryCode, CancellationToken ct)
    {
        var context = http.HttpContext!;
        if (await PendingSignIn.ReadAsync(context) is not { } pending)
        {
            return SecondFactorOutcome.StartAgain;
        }

        var user = await users.FindByIdAsync(pending.UserId.ToString());
        var account = user is { IsActive: true } ? user : null;
        var key = await users.GetAuthenticatorKeyAsync(user ?? new AppUser { Id = pending.UserId, DisplayName = "" });
        var codeMatches = !recoveryCode && new Totp(string.IsNullOrEmpty(key) ? ThrowawayKey : Base32Encoding.ToBytes(key))
            .VerifyTotp(TimeProvider.System.GetUtcNow().UtcDateTime, new string([.. code.Where(char.IsDigit)]), out _, Tolerance);

        if (account is not { TwoFactorEnabled: true } || !pending.PasswordRight)
        {
            await throttle.FailedAsync(new FailedAttempt(pending.UserId, account, FailureKind.WrongPassword), ct);
            return SecondFactorOutcome.Failed;
        }

        if (recoveryCode)
        {
            // Not spaced out: ten codes of 50 bits cannot be guessed, so the owner always has this way in.
            if ((await users.RedeemTwoFactorRecoveryCodeAsync(account, code)).Succeeded)
            {
                return await SignedInAsync(account, "password + recovery code", ct);
            }

            await throttle.FailedAsync(new FailedAttempt(account.Id, account, FailureKind.WrongRecoveryCode), ct);
            return SecondFactorOutcome.Failed;
        }

        if (!await throttle.TryReserveCheckAsync(account.Id, ct))
        {
            await throttle.FailedAsync(new FailedAttempt(account.Id, account, FailureKind.NotChecked), ct);
            return SecondFactorOutcome.Failed;
        }

        // The single-use provider also refuses a code whose time-step already signed in once.
        if (codeMatches && await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return await SignedInAsync(account, "password + TOTP", ct);
        }

        await throttle.FailedAsync(new FailedAttempt(account.Id, account, FailureKind.WrongLastFactor), ct);
        return SecondFactorOutcome.Failed;
    }

    private async Task<SecondFactorOutcome> SignedInAsync(AppUser account, string how, CancellationToken ct)
    {
        await throttle.SucceededAsync(account, ct);
        await PendingSignIn.EndAsync(http.HttpContext!);
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim("amr", "mfa")]);
        SignInAttribution.Attribute(http.HttpContext!, account.OrganisationId);
        if (AppLanguages.IsSupported(account.Language))
        {
            // The language chosen in the profile follows the person to whichever browser they sign in from.
            AppLanguages.Remember(http.HttpContext!.Response, account.Language!);
        }

        db.Audit.Record(AuditActions.SignIn, AuditEntities.User, account.Id, null, how);
        await db.SaveChangesAsync(ct);
        return SecondFactorOutcome.SignedIn;
    }
}
