namespace Offramp.Core.Security;

/// <summary>An API token. Only its SHA-256 is stored; the secret is shown once at creation.</summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public required string Name { get; set; }

    public required string SecretHash { get; set; }

    /// <summary>"read" or "read write".</summary>
    public required string Scopes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool AllowsWrite => Scopes.Split(' ').Contains("write");
}
