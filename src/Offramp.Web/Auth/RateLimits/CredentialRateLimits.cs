using System.Globalization;
using System.Threading.RateLimiting;

using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Offramp.Web.Auth.RateLimits;

/// <summary>
/// ASP.NET Core rate limiting on every request that tries a credential (sign-in forms, step-up codes, token creation and
/// revocation), per client network. The buckets are in this process's memory: with several instances behind a load
/// balancer a client gets the limit once per instance, which is why the per-account limits are kept in the database.
/// A refused request answers 429 with Retry-After: ProblemDetails for the API, a readable page for the UI.
/// </summary>
public static class CredentialRateLimits
{
    public static IServiceCollection AddCredentialRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CredentialRateLimitOptions>(configuration.GetSection(CredentialRateLimitOptions.Section));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CredentialRateLimitOptions>>((o, limits) =>
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits.Value)));
        return services;
    }

    /// <summary>After routing (so the API/UI split is known) and before authentication work is spent on the request.</summary>
    public static IApplicationBuilder UseCredentialRateLimits(this IApplicationBuilder app) =>
        app.Use(CredentialRequests.MarkStepUpFormsAsync).UseRateLimiter();

    private static RateLimitPartition<string> Partition(HttpContext http, CredentialRateLimitOptions limits)
    {
        var kind = CredentialRequests.KindOf(http);
        if (kind is null)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limit = kind switch
        {
            CredentialRequests.SignIn => limits.SignIn,
            CredentialRequests.StepUpKind => limits.StepUp,
            _ => limits.Tokens,
        };
        return RateLimitPartition.GetTokenBucketLimiter($"{kind} {CredentialRequests.ClientNetwork(http)}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Burst),
            // One attempt back every 60/PerMinute seconds rather than all at the minute: a steady pace, a short Retry-After.
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, limit.PerMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CredentialRateLimits))
            .LogWarning("Refused a {Kind} attempt: too many from one client network", CredentialRequests.KindOf(http));

        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many attempts.",
                    Detail = $"Too many attempts from your network. Try again in {seconds} seconds.",
                },
            });
        }

        // Pages: the empty 429 is shown by the error page ("Too many attempts"), as every other status is.
    }
}
