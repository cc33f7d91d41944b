using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Web.Api;
using Offramp.Web.Auth;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// One endpoint under /api/v1 as the running app's endpoint list describes it, with the statuses it declares (what the
/// OpenAPI document lists for it; null for a made-up endpoint of the catalogue tests).
/// </summary>
public sealed record ApiEndpoint(string Method, string Pattern, EndpointAudience? Audience, bool RequiresWriteScope, IReadOnlySet<int>? DeclaredStatuses = null)
{
    public const string Prefix = "/api/v1";

    public string Key => $"{Method} {Pattern}";

    public bool IsFallback => Method == "*";

    /// <summary>Every /api/v1 endpoint of the app, one per HTTP method.</summary>
    public static IReadOnlyList<ApiEndpoint> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(Prefix + "/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method => new ApiEndpoint(
                method,
                e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<AudienceMetadata>()?.Audience,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.ApiWrite),
                e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet())))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];

    public override string ToString() => Key;
}
