using System.Security.Cryptography;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Security.Tokens;

/// <summary>
/// Personal access tokens for the API: "ofr_" + id + "_" + secret. Only SHA-256 of the secret is stored,
/// tokens expire (at most a year), can be read-only, and are revocable.
/// </summary>
public sealed class AccessTokens(OfframpDbContext db, IClock clock)
{
    public const int MaxLifetimeDays = 365;

    public async Task<(PersonalAccessToken Token, string Secret)> CreateAsync(Guid userId, string name, bool allowWrite, int lifetimeDays, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new DomainException("Give the token a name of at most 100 characters.", "Name");
        }

        if (TextRules.Problem(name, 100) is { } problem)
        {
            throw new DomainException(problem, "Name");
        }

        if (lifetimeDays is < 1 or > MaxLifetimeDays)
        {
            throw new DomainException(Phrase.Of($"A token lives between 1 and {MaxLifetimeDays} days."), "LifetimeDays");
        }

        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = name.Trim(),
            SecretHash = HashSecret(secret),
            Scopes = allowWrite ? "read write" : "read",
            CreatedAt = clock.UtcNow,
            ExpiresAt = clock.UtcNow.AddDays(lifetimeDays),
        };
        db.AccessTokens.Add(token);
        db.Audit.Record(AuditActions.TokenCreated, AuditEntities.AccessToken, token.Id, null, token.Scopes);
        await db.SaveChangesAsync(ct);
        return (token, $"ofr_{token.Id:N}_{secret}");
    }

    /// <summary>Revokes one of the user's tokens from the signed-in UI.</summary>
    public Task RevokeAsync(Guid userId, Guid tokenId, CancellationToken ct = default) => RevokeAsync(userId, tokenId, null, ct);

    /// <summary>
    /// Revokes one of the user's tokens. <paramref name="callerTokenScopes"/> are the scopes of the token making the call
    /// (null when the user is signed in to the UI): a token cannot revoke one that may do more than itself, so a leaked
    /// read-only token cannot cut its owner off the API.
    /// </summary>
    public async Task RevokeAsync(Guid userId, Guid tokenId, string? callerTokenScopes, CancellationToken ct = default)
    {
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct) ?? throw new NotFoundException();
        if (callerTokenScopes is not null && !ScopesOf(token.Scopes).IsSubsetOf(ScopesOf(callerTokenScopes)))
        {
            throw new ForbiddenException("A token cannot revoke a token with more rights than itself: use a read-write token or the settings page.");
        }

        token.RevokedAt ??= clock.UtcNow;
        db.Audit.Record(AuditActions.TokenRevoked, AuditEntities.AccessToken, token.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The token if it is well-formed, known, unexpired and unrevoked; compared in constant time.</summary>
    public async Task<PersonalAccessToken?> ValidateAsync(string presented, CancellationToken ct = default)
    {
        var parts = presented.Split('_');
        if (parts.Length != 3 || parts[0] != "ofr" || !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return null;
        }

        var token = await db.AccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= clock.UtcNow)
        {
            return null;
        }

        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashSecret(parts[2])), Encoding.ASCII.GetBytes(token.SecretHash));
        return matches ? token : null;
    }

    private static HashSet<string> ScopesOf(string scopes) => [.. scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static string HashSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
