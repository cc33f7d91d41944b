using System.Net;

using Microsoft.Extensions.Time.Testing;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>Sign-out ends the session on the server: the cookie it replaced is worthless wherever a copy of it went.</summary>
public sealed class SignOutTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_cookie_replayed_after_sign_out_gets_the_login_page_at_once_and_minutes_later(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = ClientNetworks.Host(world, time);
        using var browser = await PageSession.SignInAsync(world, Persona.CaseworkerA, app);
        var stolen = browser.CookieHeader;
        using var thief = app.CreateDefaultClient(new Uri("https://localhost"));
        thief.DefaultRequestHeaders.Add("Cookie", stolen);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Settings/Tokens")).StatusCode);

        var signOut = await browser.PostAsync("/Account/Logout", new(), formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var atOnce = await thief.GetAsync("/Settings/Tokens");
        time.Advance(TimeSpan.FromMinutes(7));
        var sevenMinutesLater = await thief.GetAsync("/Settings/Tokens");

        foreach (var replay in new[] { atOnce, sevenMinutesLater })
        {
            Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
            Assert.StartsWith("/Account/Login", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [BothProviders]
    public async Task Signing_in_again_after_sign_out_works(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using (var first = await PageSession.SignInAsync(world, Persona.Mentor))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync("/Account/Logout", new(), formPage: "/")).StatusCode);
        }

        using var second = await PageSession.SignInAsync(world, Persona.Mentor);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/Settings/Tokens")).Status);
    }
}
