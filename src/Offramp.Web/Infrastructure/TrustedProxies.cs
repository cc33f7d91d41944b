using System.Net;

using Microsoft.AspNetCore.HttpOverrides;

namespace Offramp.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy or load balancer every request arrives from the proxy's address, so the per-network rate
/// limits would put every user in one bucket and the audit trail would name the proxy. Listing the proxies in
/// <c>Offramp:TrustedProxies</c> (addresses or networks, comma-separated, e.g. "127.0.0.1,10.0.0.0/8") makes the app
/// take the client's address from X-Forwarded-For, but only on requests that come from one of them: anyone else can
/// write that header, and trusting it from everyone would let an attacker pick a fresh address for every guess.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Offramp:TrustedProxies";

    public static void UseTrustedProxies(this WebApplication app)
    {
        var listed = (app.Configuration[Setting] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (listed.Length == 0)
        {
            return;
        }

        // Only the proxy's own hop is believed: with ForwardLimit 1 a client cannot prepend addresses of its choosing.
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in listed)
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{Setting}: \"{entry}\" is neither an IP address nor a network such as 10.0.0.0/8.");
            }
        }

        app.UseForwardedHeaders(options);
    }
}
