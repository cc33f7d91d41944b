using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

using Offramp.Web.Infrastructure;

namespace Offramp.Web.Auth;

/// <summary>Named policies. Record-level decisions are made by the use cases against the caller's scope, not here.</summary>
public static class Policies
{
    /// <summary>UI: signed in with a second factor in this session.</summary>
    public const string MfaSignedIn = "mfa";

    /// <summary>UI: signed in with a password, MFA not yet enrolled: only the enrolment pages.</summary>
    public const string PasswordOnly = "password-only";

    /// <summary>API read: a valid personal access token.</summary>
    public const string ApiRead = "api-read";

    /// <summary>API write: a token with the write scope.</summary>
    public const string ApiWrite = "api-write";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(MfaSignedIn, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim("amr", "mfa"));
        options.AddPolicy(PasswordOnly, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
        options.AddPolicy(ApiRead, p => p
            .AddAuthenticationSchemes(AccessTokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser());
        options.AddPolicy(ApiWrite, p => p
            .AddAuthenticationSchemes(AccessTokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireAssertion(c => c.User.FindFirst(OfframpClaims.TokenScopes)?.Value.Split(' ').Contains("write") == true));
        options.FallbackPolicy = options.GetPolicy(MfaSignedIn);
    }
}
