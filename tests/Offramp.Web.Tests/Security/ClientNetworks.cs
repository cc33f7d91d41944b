using System.Globalization;
using System.Net;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using Offramp.TestSupport;
using Offramp.Web.Auth.RateLimits;

namespace Offramp.Web.Tests.Security;

/// <summary>
/// A separate host of the world's app (own in-memory rate limits, same database) on which a test chooses each request's
/// client address with the <see cref="Header"/> header, as connections from different networks would arrive. The
/// per-network rate limits are the production defaults again (the test factory lifts them for every other test).
/// </summary>
public static class ClientNetworks
{
    public const string Header = "X-Test-Client-Address";

    public static WebApplicationFactory<Program> Host(TestWorld world, Action<IServiceCollection>? services = null) =>
        world.App.WithWebHostBuilder(b =>
        {
            var defaults = new CredentialRateLimitOptions();
            foreach (var (kind, limit) in new[] { ("SignIn", defaults.SignIn), ("StepUp", defaults.StepUp), ("Tokens", defaults.Tokens) })
            {
                b.UseSetting($"Offramp:RateLimits:{kind}:Burst", limit.Burst.ToString(CultureInfo.InvariantCulture));
                b.UseSetting($"Offramp:RateLimits:{kind}:PerMinute", limit.PerMinute.ToString(CultureInfo.InvariantCulture));
            }

            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<IStartupFilter, FromHeader>();
                services?.Invoke(s);
            });
        });

    public static WebApplicationFactory<Program> Host(TestWorld world, TimeProvider time) =>
        Host(world, s => s.Replace(ServiceDescriptor.Singleton(time)));

    public static Dictionary<string, string> From(string address) => new() { [Header] = address };

    private sealed class FromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, Func<Task> rest) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return rest();
            });
            next(app);
        };
    }
}
