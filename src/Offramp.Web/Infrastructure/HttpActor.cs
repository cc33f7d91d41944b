using System.Security.Claims;

using Offramp.Core.Common;

namespace Offramp.Web.Infrastructure;

/// <summary>The signed-in user of the current request, for scope and audit.</summary>
public sealed class HttpActor(IHttpContextAccessor accessor) : IActor
{
    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The signed-in user's organisation; for an anonymous sign-in attempt, that of the account it tried.</summary>
    public Guid? OrganisationId => Guid.TryParse(User?.FindFirstValue(OfframpClaims.Organisation), out var id)
        ? id
        : accessor.HttpContext?.Items[Auth.SignIn.SignInAttribution.OrganisationKey] as Guid?;

    public string Origin => accessor.HttpContext is { } http ? http.Connection.RemoteIpAddress?.ToString() ?? "unknown" : "system";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;
}

public static class OfframpClaims
{
    public const string Organisation = "offramp:org";
    public const string SignedInAt = "offramp:signed-in-at";
    public const string TokenScopes = "offramp:token-scopes";
}
