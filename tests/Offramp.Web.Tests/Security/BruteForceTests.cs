using System.Net;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>
/// Brute force: one network is slowed by ASP.NET Core rate limiting (429 + Retry-After), one account by state in the
/// database; neither lets a stranger lock a caseworker out or switch off their API token.
/// </summary>
public sealed class BruteForceTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Forty_rapid_wrong_passwords_from_one_network_meet_429_with_Retry_After_and_a_readable_page(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await using var app = ClientNetworks.Host(world);
        using var attacker = PageSession.Open(world, app, ClientNetworks.From("203.0.113.7"));
        var email = world.Account(Persona.CaseworkerA).Email;

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 40; i++)
        {
            answers.Add(await SignInAccounts.PasswordAsync(attacker, email, $"guess number {i:D4}"));
        }

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(refused.Count, 10, 20);
        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.All(refused, a => Assert.True(a.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 without Retry-After"));
        Assert.Contains("Too many attempts came from your network", WebUtility.HtmlDecode(await refused[0].Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // Another network is not slowed by this one.
        using var colleague = PageSession.Open(world, app, ClientNetworks.From("198.51.100.20"));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAccounts.PasswordAsync(colleague, email, "another guess")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Step_up_codes_and_token_requests_through_the_api_meet_429_with_Retry_After(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await using var app = ClientNetworks.Host(world);
        using var api = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        api.DefaultRequestHeaders.Authorization = new("Bearer", world.Account(Persona.Evaluator).ReadToken);
        api.DefaultRequestHeaders.Add(ClientNetworks.Header, "192.0.2.44");

        var stepUps = new List<HttpResponseMessage>();
        for (var i = 0; i < 15; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.Add("X-Offramp-Step-Up", "000000");
            stepUps.Add(await api.SendAsync(request));
        }

        var revokes = new List<HttpResponseMessage>();
        for (var i = 0; i < 15; i++)
        {
            revokes.Add(await api.DeleteAsync($"/api/v1/tokens/{Guid.NewGuid()}"));
        }

        foreach (var answers in new[] { stepUps, revokes })
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, answers[0].StatusCode);
            var refused = answers.Last();
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    [Theory]
    [BothProviders]
    public async Task Strangers_wrong_passwords_flag_the_account_but_neither_lock_out_its_owner_nor_disable_the_token(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var account = await SignInAccounts.CreateAsync(world, "Flagged Caseworker");
        await using var app = ClientNetworks.Host(world);
        for (var i = 0; i < 8; i++)
        {
            using var stranger = PageSession.Open(world, app, ClientNetworks.From($"203.0.113.{100 + i}"));
            await SignInAccounts.AttemptAsync(stranger, account.Email, $"wrong password {i:D2}", "123456");
        }

        Assert.Equal(HttpStatusCode.OK, (await world.App.CreateApiClient(account.Token).GetAsync("/api/v1/me")).StatusCode);
        Assert.NotEmpty(await SignInAccounts.AuditAsync(world, account.Id, "sign-in-flagged"));
        using (var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin, app))
        {
            var (status, html) = await admin.GetAsync("/Admin/SignInFlags");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("Flagged Caseworker", html, StringComparison.Ordinal);
        }

        using var owner = PageSession.Open(world, app, ClientNetworks.From("198.51.100.9"));
        var (_, code) = await SignInAccounts.AttemptAsync(owner, account.Email, TestWorld.Password, account.CurrentCode());
        Assert.Equal(HttpStatusCode.Redirect, code!.StatusCode);
        Assert.Equal("/", code.Headers.Location!.OriginalString);
    }

    [Theory]
    [BothProviders]
    public async Task Wrong_codes_after_a_right_password_space_out_the_checks_until_the_wait_is_over(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var account = await SignInAccounts.CreateAsync(world, "Password Leaked");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = ClientNetworks.Host(world, time);
        using var thief = PageSession.Open(world, app, ClientNetworks.From("203.0.113.50"));
        var wrong = SignInAccounts.WrongCode(account);
        var first = await SignInAccounts.PasswordAsync(thief, account.Email, TestWorld.Password);
        var codeForm = first.Headers.Location!.OriginalString;
        for (var i = 0; i < 5; i++)
        {
            await thief.PostAsync(codeForm, new() { ["Code"] = wrong });
        }

        // The right code now is not even checked: a thief with the password cannot guess codes at speed.
        var tooSoon = await thief.PostAsync(codeForm, new() { ["Code"] = account.CurrentCode() });
        Assert.Equal(HttpStatusCode.OK, tooSoon.StatusCode);
        Assert.NotEmpty(await SignInAccounts.AuditAsync(world, account.Id, "sign-in-slowed"));
        Assert.Equal(HttpStatusCode.OK, (await world.App.CreateApiClient(account.Token).GetAsync("/api/v1/me")).StatusCode);

        time.Advance(TimeSpan.FromSeconds(31));
        using var owner = PageSession.Open(world, app, ClientNetworks.From("198.51.100.9"));
        var (_, afterTheWait) = await SignInAccounts.AttemptAsync(owner, account.Email, TestWorld.Password, account.CurrentCode());
        Assert.Equal(HttpStatusCode.Redirect, afterTheWait!.StatusCode);
        Assert.Equal("/", afterTheWait.Headers.Location!.OriginalString);
    }

    [Theory]
    [BothProviders]
    public async Task A_recovery_code_signs_in_at_once_while_code_checks_are_spaced_out(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var account = await SignInAccounts.CreateAsync(world, "Needs Recovery");
        var recoveryCodes = await SignInAccounts.RecoveryCodesAsync(world, account);
        await world.DbAsync(db => db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, 9).SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15))));
        await using var app = ClientNetworks.Host(world);
        using var owner = PageSession.Open(world, app, ClientNetworks.From("198.51.100.9"));

        var password = await SignInAccounts.PasswordAsync(owner, account.Email, TestWorld.Password);
        var recovery = await owner.PostAsync("/Account/LoginWithRecoveryCode", new() { ["RecoveryCode"] = recoveryCodes[0] });

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);
        Assert.Equal("/", recovery.Headers.Location!.OriginalString);
    }
}
