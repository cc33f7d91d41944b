using System.Security.Claims;
using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Offramp.Core.Data;
using Offramp.Core.Security.Tokens;
using Offramp.Web.Infrastructure;

namespace Offramp.Web.Auth;

/// <summary>
/// "Authorization: Bearer ofr_..." for the API. Only tokens of active users who have enrolled MFA count.
/// The API accepts no cookies, so it needs no antiforgery token and cannot be driven by a forged cross-site form.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens, OfframpDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("Invalid, expired or revoked token.");
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted);
        // Failed sign-ins never disable tokens: a stranger's wrong passwords must not cut a caseworker off the API.
        if (user is null || !user.IsActive || !user.TwoFactorEnabled)
        {
            return AuthenticateResult.Fail("The token's user cannot use the API.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.UserName ?? ""),
                new Claim(OfframpClaims.Organisation, user.OrganisationId.ToString()),
                new Claim(OfframpClaims.TokenScopes, token.Scopes),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
