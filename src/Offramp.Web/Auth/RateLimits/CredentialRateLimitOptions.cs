namespace Offramp.Web.Auth.RateLimits;

/// <summary>
/// Per client network (IPv4 address, IPv6 /64) and per instance: a token bucket of <see cref="Limit.Burst"/> attempts,
/// refilled by <see cref="Limit.PerMinute"/> a minute. Set in "Offramp:RateLimits" (e.g. Offramp:RateLimits:SignIn:Burst)
/// when many staff share one address behind a NAT. The per-account limits live in the database (AccountThrottle).
/// </summary>
public sealed class CredentialRateLimitOptions
{
    public const string Section = "Offramp:RateLimits";

    /// <summary>Password, code, recovery-code and enrolment forms (a sign-in posts two of them).</summary>
    public Limit SignIn { get; set; } = new() { Burst = 20, PerMinute = 10 };

    /// <summary>Requests carrying a step-up code, in the API header or a form field.</summary>
    public Limit StepUp { get; set; } = new() { Burst = 10, PerMinute = 5 };

    /// <summary>Creating and revoking personal access tokens.</summary>
    public Limit Tokens { get; set; } = new() { Burst = 10, PerMinute = 5 };

    public sealed class Limit
    {
        public int Burst { get; set; }

        public int PerMinute { get; set; }
    }
}
