using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>Every API answer, success or error, carries the security headers.</summary>
public sealed class SecurityHeaderTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders("/api/v1/me", HttpStatusCode.OK)]
    [BothProviders("/api/v1/participants/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [BothProviders("/api/v1/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task Api_responses_carry_CSP_and_nosniff(DatabaseProviderKind provider, string path, HttpStatusCode expected)
    {
        var world = await worlds.WorldAsync(provider);

        var response = await world.Client(Persona.CaseworkerA).GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [BothProviders]
    public async Task Unauthenticated_api_responses_carry_the_headers_too(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);

        var response = await world.AnonymousClient().GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
