using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

using Offramp.Core.Access;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>
/// A stranger cannot tell which emails have accounts, nor in what state they are, nor whether a password was right:
/// the forms answer the same, and the password hasher runs for unknown emails too (so the timing is the same; measured
/// in bench/sign-in-timing.sh, never in a timed test).
/// </summary>
public sealed partial class EnumerationTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Unknown_real_locked_and_flagged_accounts_and_a_right_password_get_the_same_answers(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var real = await SignInAccounts.CreateAsync(world, "Real");
        var locked = await SignInAccounts.CreateAsync(world, "Locked");
        var flagged = await SignInAccounts.CreateAsync(world, "Flagged");
        await world.DbAsync(db => db.Users.Where(u => u.Id == locked.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, 5).SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15))));
        await using var app = ClientNetworks.Host(world);
        for (var i = 0; i < 6; i++)
        {
            using var stranger = PageSession.Open(world, app, ClientNetworks.From($"203.0.113.{10 + i}"));
            await SignInAccounts.AttemptAsync(stranger, flagged.Email, $"wrong password {i}", "123456");
        }

        var code = SignInAccounts.WrongCode(real, locked, flagged);
        var attempts = new (string Case, string Email, string Password)[]
        {
            ("unknown email", $"nobody.{Guid.NewGuid():N}@test.offramp", "wrong password"),
            ("real account, wrong password", real.Email, "wrong password"),
            ("locked account, wrong password", locked.Email, "wrong password"),
            ("locked account, right password", locked.Email, TestWorld.Password),
            ("flagged account, wrong password", flagged.Email, "wrong password"),
            ("real account, right password, wrong code", real.Email, TestWorld.Password),
        };

        var answers = new List<(string Case, string Answer)>();
        for (var i = 0; i < attempts.Length; i++)
        {
            using var session = PageSession.Open(world, app, ClientNetworks.From($"198.51.100.{10 + i}"));
            var (password, codeAnswer) = await SignInAccounts.AttemptAsync(session, attempts[i].Email, attempts[i].Password, code);
            answers.Add((attempts[i].Case, await DescribeAsync(password) + " then " + (codeAnswer is null ? "-" : await DescribeAsync(codeAnswer))));
        }

        var expected = answers[0].Answer;
        Assert.Contains("not correct", expected, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.True(a.Answer == expected, $"{a.Case}: {a.Answer}\nunknown email: {expected}"));
    }

    [Theory]
    [BothProviders]
    public async Task The_password_hasher_runs_for_an_unknown_email_as_for_a_real_account(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var real = await SignInAccounts.CreateAsync(world, "Hashed");
        var hasher = new CountingHasher();
        await using var app = ClientNetworks.Host(world, s => s.Replace(ServiceDescriptor.Singleton<IPasswordHasher<AppUser>>(hasher)));
        using var session = PageSession.Open(world, app);

        await SignInAccounts.PasswordAsync(session, $"nobody.{Guid.NewGuid():N}@test.offramp", "some password");
        var forUnknown = hasher.Verifications;
        await SignInAccounts.PasswordAsync(session, real.Email, "some password");
        var forReal = hasher.Verifications - forUnknown;

        Assert.Equal(1, forUnknown);
        Assert.Equal(1, forReal);
    }

    /// <summary>Status, where it sends the browser, and every message it shows: what a stranger can compare.</summary>
    private static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var messages = Messages().Matches(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()))
            .Select(m => Tags().Replace(m.Groups[1].Value, " ").Trim())
            .Where(m => m.Length > 0);
        return $"{(int)response.StatusCode} {response.Headers.Location?.OriginalString} [{string.Join(" | ", messages)}]";
    }

    [GeneratedRegex("""(?s)class="(?:field-error|validation-summary-errors)[^"]*"[^>]*>(.*?)</(?:span|div)>""")]
    private static partial Regex Messages();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    /// <summary>The app's hasher, counting the checks it makes.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> inner = new(Options.Create(new PasswordHasherOptions()));
        private int verifications;

        public int Verifications => verifications;

        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
