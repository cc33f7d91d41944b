using System.Net;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>
/// A UI session ends after 15 idle minutes, and 8 hours after sign-in even for a user who never goes idle: the
/// security-stamp check that reissues the cookie every minute must not restart the 8 hours.
/// </summary>
public sealed class SessionLifetimeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task An_active_session_still_ends_eight_hours_after_sign_in(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = WithTime(world, time);
        using var client = await PageSession.SignInAsync(world, Persona.CaseworkerA, app);

        // Busy all day: a page every ten minutes, so the idle limit never applies and the stamp is rechecked each time.
        var elapsed = TimeSpan.Zero;
        while (elapsed + TimeSpan.FromMinutes(10) < TimeSpan.FromHours(8))
        {
            time.Advance(TimeSpan.FromMinutes(10));
            elapsed += TimeSpan.FromMinutes(10);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).Status);
        }

        time.Advance(TimeSpan.FromHours(8) - elapsed + TimeSpan.FromMinutes(1));
        var afterEightHours = await client.GetResponseAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, afterEightHours.StatusCode);
        Assert.StartsWith("/Account/Login", afterEightHours.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_session_idle_for_more_than_fifteen_minutes_ends(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = WithTime(world, time);
        using var client = await PageSession.SignInAsync(world, Persona.CaseworkerA, app);

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).Status);
        time.Advance(TimeSpan.FromMinutes(16));
        var afterIdle = await client.GetResponseAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, afterIdle.StatusCode);
        Assert.StartsWith("/Account/Login", afterIdle.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> WithTime(TestWorld world, TimeProvider time) =>
        world.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(time))));
}
