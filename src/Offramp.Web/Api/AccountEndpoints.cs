using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;
using Offramp.Core.Security.Tokens;

namespace Offramp.Web.Api;

/// <summary>The caller's own account and access tokens. Tokens are created in the UI (after MFA), listed and revoked here.</summary>
public static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", async (ScopeLoader scopes, OfframpDbContext db, CancellationToken ct) =>
            {
                var scope = await scopes.GetAsync(ct);
                var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == scope.UserId, ct);
                return new { user.Id, user.DisplayName, user.Email, scope.OrganisationId, Roles = scope.Roles };
            })
            .WithTags("Account")
            .WithSummary("Who am I, and my roles.")
            .For(EndpointAudience.Self);

        api.MapGet("/tokens", async (ScopeLoader scopes, OfframpDbContext db, CancellationToken ct) =>
            {
                var scope = await scopes.GetAsync(ct);
                return await db.AccessTokens.AsNoTracking().Where(t => t.UserId == scope.UserId).OrderByDescending(t => t.CreatedAt)
                    .Select(t => new { t.Id, t.Name, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt }).ToListAsync(ct);
            })
            .WithTags("Account")
            .WithSummary("My access tokens (never their secrets).")
            .For(EndpointAudience.Self);

        api.MapDelete("/tokens/{tokenId:guid}", async (Guid tokenId, ScopeLoader scopes, AccessTokens tokens, HttpContext http, CancellationToken ct) =>
            {
                var callerScopes = http.User.FindFirst(Infrastructure.OfframpClaims.TokenScopes)?.Value ?? "";
                await tokens.RevokeAsync((await scopes.GetAsync(ct)).UserId, tokenId, callerScopes, ct);
                return TypedResults.NoContent();
            })
            .WithTags("Account")
            .WithSummary("Revoke one of my tokens.")
            .For(EndpointAudience.Self);
    }
}
