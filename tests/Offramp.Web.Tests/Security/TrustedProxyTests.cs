using System.Net;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

using Offramp.TestSupport;
using Offramp.Web.Infrastructure;

namespace Offramp.Web.Tests.Security;

/// <summary>
/// Behind a reverse proxy every request arrives from the proxy. The per-network limits must still tell the clients
/// apart, from X-Forwarded-For, but only when the request really comes from a listed proxy: a client that writes the
/// header itself must not choose a fresh address for every guess.
/// </summary>
public sealed class TrustedProxyTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Proxy = "10.0.0.5";

    [Theory]
    [BothProviders]
    public async Task Clients_behind_a_listed_proxy_are_limited_each_on_their_own(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await using var app = BehindProxy(world);
        var email = world.Account(Persona.CaseworkerA).Email;

        var attacker = await GuessesAsync(world, app, email, 40, _ => Via(Proxy, "203.0.113.7"));
        using var colleague = PageSession.Open(world, app, Via(Proxy, "198.51.100.20"));

        Assert.Contains(attacker, s => s == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAccounts.PasswordAsync(colleague, email, "another guess")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task A_client_that_writes_X_Forwarded_For_itself_cannot_pick_a_fresh_address_per_guess(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await using var app = BehindProxy(world);
        var email = world.Account(Persona.CaseworkerB).Email;

        var spoofed = await GuessesAsync(world, app, email, 40, i => Via("203.0.113.99", $"198.18.{i / 200}.{i % 200 + 1}"));

        Assert.InRange(spoofed.Count(s => s == HttpStatusCode.TooManyRequests), 10, 30);
    }

    private static WebApplicationFactory<Program> BehindProxy(TestWorld world) =>
        ClientNetworks.Host(world).WithWebHostBuilder(b => b.UseSetting(TrustedProxies.Setting, $"{Proxy}, 192.0.2.0/24"));

    /// <summary>A request that reaches the app from <paramref name="connection"/> and says it was forwarded for <paramref name="client"/>.</summary>
    private static Dictionary<string, string> Via(string connection, string client)
    {
        var headers = ClientNetworks.From(connection);
        headers["X-Forwarded-For"] = client;
        return headers;
    }

    private static async Task<List<HttpStatusCode>> GuessesAsync(TestWorld world, WebApplicationFactory<Program> app, string email, int count, Func<int, Dictionary<string, string>> headers)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var session = PageSession.Open(world, app, headers(i));
            answers.Add((await SignInAccounts.PasswordAsync(session, email, $"guess number {i:D4}")).StatusCode);
        }

        return answers;
    }
}
