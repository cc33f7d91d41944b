using Offramp.Core.Access;

namespace Offramp.Web.Api.Contracts;

/// <summary>The caller's account and roles.</summary>
public sealed record CurrentUser(Guid Id, string DisplayName, string? Email, Guid OrganisationId, IEnumerable<Role> Roles);

/// <summary>One of the caller's access tokens, never its secret. Scopes is "read" or "read write".</summary>
public sealed record AccessTokenSummary(Guid Id, string Name, string Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>A site of the caller's organisation.</summary>
public sealed record SiteSummary(Guid Id, string Name, string? Locality);
