using System.Net;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.TestSupport;

using OtpNet;

namespace Offramp.Web.Tests.Security;

/// <summary>An account no other test touches, with its email, authenticator secret and a read-only API token.</summary>
public sealed record SignInAccount(Guid Id, string Email, string TotpSecret, string Token)
{
    public string CurrentCode() => TestWorld.CodeAt(TotpSecret, TestWorld.CurrentTimeStep());
}

/// <summary>Drives the two sign-in forms with any email, password and code, as a stranger or the owner would.</summary>
public static class SignInAccounts
{
    public static async Task<SignInAccount> CreateAsync(TestWorld world, string displayName)
    {
        var id = await world.CreateUserAsync(displayName);
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(id.ToString());
            await users.SetAuthenticationTokenAsync(user!, "[AspNetUserStore]", "AuthenticatorKey", secret);
        }

        var email = await world.DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Email!).SingleAsync());
        var (_, token) = await world.CreateTokenAsync(id, allowWrite: false);
        return new SignInAccount(id, email, secret, token);
    }

    public static async Task<List<string>> RecoveryCodesAsync(TestWorld world, SignInAccount account)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(account.Id.ToString()))!, 2) ?? []];
    }

    /// <summary>The password form's answer.</summary>
    public static Task<HttpResponseMessage> PasswordAsync(PageSession session, string email, string password) =>
        session.PostAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Password, then (when the password form moves on to the code form) the code: both answers.</summary>
    public static async Task<(HttpResponseMessage Password, HttpResponseMessage? Code)> AttemptAsync(PageSession session, string email, string password, string code)
    {
        var first = await PasswordAsync(session, email, password);
        if (first.StatusCode != HttpStatusCode.Redirect || first.Headers.Location?.OriginalString.Contains("LoginWith2fa", StringComparison.Ordinal) != true)
        {
            return (first, null);
        }

        return (first, await session.PostAsync(first.Headers.Location.OriginalString, new() { ["Code"] = code }));
    }

    /// <summary>A 6-digit code that is none of the accounts' codes around now.</summary>
    public static string WrongCode(params SignInAccount[] accounts)
    {
        var step = TestWorld.CurrentTimeStep();
        var valid = accounts.SelectMany(a => Enumerable.Range(-3, 7).Select(d => TestWorld.CodeAt(a.TotpSecret, step + d))).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => ((123456 + (i * 7919)) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    public static Task<List<string>> AuditAsync(TestWorld world, Guid userId, string action) =>
        world.DbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityId == userId && e.Action == action).Select(e => e.Detail ?? "").ToListAsync());

    public static Task<List<string>> SignInFailuresAsync(TestWorld world, Guid userId) => AuditAsync(world, userId, AuditActions.SignInFailed);
}
